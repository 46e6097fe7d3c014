meta:
  id: genetlink_gtp
  title: "Generic netlink family gtp: GTP_CMD_*, GTPA_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  The GPRS Tunnelling Protocol's user plane (a gtp link, made over rtnetlink; Linux 7.2 headers). A mobile
  gateway (osmo-ggsn, open5gs ...) adds each PDP context to the link with GTP_CMD_NEWPDP: the mobile station's
  address (IPv4, or IPv6 with GTPA_FAMILY AF_INET6), the peer GSN's address, and the tunnel ids (GTPv0: a 64-bit
  TID and a flow label; GTPv1: an incoming and an outgoing TEI). GETPDP reads a context by TEI/TID or by MS address,
  or dumps them all; DELPDP removes one. ECHOREQ sends a GTP echo request to a peer; the kernel notifies the echo
  response, and contexts added and removed, to group "gtp". The kernel answers GETPDP with the family's id where
  genlmsghdr's command belongs (gtp_genl_get_pdp hands nlmsg_type on as the command; a 7.2.13 kernel sends it), so those
  answers show the command as a number; their attributes are this set all the same.
doc-ref: /usr/include/linux/gtp.h
params:
  - id: is_le
    type: bool
enums:
  gtp_genl_cmds:
    # -nl-group: "gtp" (GTP_GENL_MCGRP_NAME) for the notifications of contexts added and removed and of echo responses
    0: {id: gtp_cmd_newpdp, -nl-kind: new, -nl-group: gtp}
    1: {id: gtp_cmd_delpdp, -nl-kind: delete, -nl-group: gtp}
    2: {id: gtp_cmd_getpdp, -nl-kind: get}
    3: {id: gtp_cmd_echoreq, -nl-kind: new, -nl-group: gtp, doc: "a request to send a GTP echo request; the kernel notifies the peer's response with this command"}
  gtp_attrs:
    0: {id: gtpa_unspec, -nl-type: binary}
    1: {id: gtpa_link, -nl-type: u32, doc: the gtp link's ifindex}
    2: {id: gtpa_version, -nl-type: u32, -nl-enum: gtp_version}
    3: {id: gtpa_tid, -nl-type: u64, doc: GTPv0's tunnel id}
    4: {id: gtpa_peer_address, -nl-type: ipv4, doc: "the remote GSN (SGSN or GGSN); GTPA_SGSN_ADDRESS is its older name"}
    5: {id: gtpa_ms_address, -nl-type: ipv4, doc: the mobile station's address}
    6: {id: gtpa_flow, -nl-type: u16, doc: GTPv0's flow label}
    7: {id: gtpa_net_ns_fd, -nl-type: u32, doc: "a file descriptor of the network namespace the link is in"}
    8: {id: gtpa_i_tei, -nl-type: u32, doc: GTPv1's incoming tunnel endpoint id}
    9: {id: gtpa_o_tei, -nl-type: u32, doc: GTPv1's outgoing tunnel endpoint id}
    10: {id: gtpa_pad, -nl-type: binary}
    11: {id: gtpa_peer_addr6, -nl-type: ipv6}
    12: {id: gtpa_ms_addr6, -nl-type: ipv6}
    13: {id: gtpa_family, -nl-type: u8, -nl-enum: linux_common.address_family, doc: "the mobile station's address family"}
  gtp_version:
    0: gtp_v0
    1: gtp_v1
