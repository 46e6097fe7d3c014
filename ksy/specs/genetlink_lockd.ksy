meta:
  id: genetlink_lockd
  title: "Generic netlink family lockd: LOCKD_CMD_*, LOCKD_A_SERVER_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  The kernel's NFS lock manager (lockd, the NLM server nfsd starts for NFSv2 and v3; Linux 7.2 headers). nfsdctl
  sets its grace time and the TCP and UDP ports it listens on with LOCKD_CMD_SERVER_SET (what the
  nlm_grace_period, nlm_tcpport and nlm_udpport module parameters set) and reads them back with
  LOCKD_CMD_SERVER_GET. The value types are those of the family's YNL spec the header is generated from
  (gracetime u32, the ports u16).
doc-ref: /usr/include/linux/lockd_netlink.h
params:
  - id: is_le
    type: bool
enums:
  lockd_cmd:
    1: {id: lockd_cmd_server_set, -nl-kind: new, -nl-attrs: lockd_a_server}
    2: {id: lockd_cmd_server_get, -nl-kind: get, -nl-attrs: lockd_a_server}
  lockd_a_server:
    1: {id: lockd_a_server_gracetime, -nl-type: u32, doc: seconds}
    2: {id: lockd_a_server_tcp_port, -nl-type: u16, doc: "0: any port"}
    3: {id: lockd_a_server_udp_port, -nl-type: u16, doc: "0: any port"}
