meta:
  id: genetlink_smc_pnetid
  title: "Generic netlink family SMC_PNETID: SMC_PNETID_* commands and attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Shared Memory Communications' physical network ids (the smc module; `smc_pnet` of smc-tools; Linux 7.2
  headers). A pnetid (up to 16 characters) groups an Ethernet interface with the RDMA device port or ISM device
  that reaches the same physical network: SMC_PNETID_ADD adds an interface (ETHNAME) or an InfiniBand device and
  port (IBNAME, IBPORT) to a pnetid, SMC_PNETID_GET dumps the table or reads one pnetid, SMC_PNETID_DEL removes a
  pnetid's entries, SMC_PNETID_FLUSH all of them. The header gives no value types; those here are the kernel's
  policy's (the names NUL-terminated strings, the port a u8). The commands are numbered from 1 and the attributes
  from SMC_PNETID_UNSPEC (0), as the header does; SMC_GEN_NETLINK (genetlink_smc.ksy) is the module's other family.
doc-ref: /usr/include/linux/smc.h
params:
  - id: is_le
    type: bool
enums:
  smc_pnetid_cmd:
    1: {id: smc_pnetid_get, -nl-kind: get}
    2: {id: smc_pnetid_add, -nl-kind: new}
    3: {id: smc_pnetid_del, -nl-kind: delete}
    4: {id: smc_pnetid_flush, -nl-kind: delete}
  smc_pnetid_attr:
    0: {id: smc_pnetid_unspec, -nl-type: binary}
    1: {id: smc_pnetid_name, -nl-type: string}
    2: {id: smc_pnetid_ethname, -nl-type: string, doc: a network interface's name}
    3: {id: smc_pnetid_ibname, -nl-type: string, doc: an RDMA or ISM device's name}
    4: {id: smc_pnetid_ibport, -nl-type: u8, doc: "the RDMA device's port, from 1"}
