meta:
  id: rtnetlink_message
  title: NETLINK_ROUTE (rtnetlink) message types
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Message types of NETLINK_ROUTE (protocol 0). Each message starts with a fixed header
  struct (-nl-fixed-header: a struct type spec.type; the attributes start at its size
  padded with NLMSG_ALIGN, which the build derives) followed by the
  attributes of the set -nl-attrs. -nl-kind says which meaning the high byte of nlmsg_flags
  has for the type (get, new or delete requests; SET types modify and use the new flags).
  Types come in groups of four (NEW, DEL, GET, SET) from RTM_BASE = 16.

  Dump requests often carry only a struct rtgenmsg (1 byte, padded to 4) instead of the full
  fixed header (-nl-short-header); the dissector tells the two apart by the message length.
doc-ref: /usr/include/linux/rtnetlink.h
params:
  - id: is_le
    type: bool
types:
  rtgenmsg:
    doc: struct rtgenmsg, the one-byte header of many dump requests
    seq:
      - id: rtgen_family
        type: u1
        -nl-enum: linux_common.address_family
  prefixmsg:
    doc: struct prefixmsg (rtnetlink.h), the header of RTM_NEWPREFIX (an IPv6 prefix learnt from a router advertisement)
    seq:
      - id: prefix_family
        type: u1
        -nl-enum: linux_common.address_family
      - id: prefix_pad1
        type: u1
      - id: prefix_pad2
        type: u2
      - id: prefix_ifindex
        type: s4
      - id: prefix_type
        type: u1
      - id: prefix_len
        type: u1
      - id: prefix_flags
        type: u1
      - id: prefix_pad3
        type: u1
  ndtmsg:
    doc: struct ndtmsg (rtnetlink.h), the header of the RTM_*NEIGHTBL messages
    seq:
      - id: ndtm_family
        type: u1
        -nl-enum: linux_common.address_family
      - id: ndtm_pad1
        type: u1
      - id: ndtm_pad2
        type: u2
  nduseroptmsg:
    doc: struct nduseroptmsg (rtnetlink.h), the header of RTM_NEWNDUSEROPT; the ND options follow
    seq:
      - id: nduseropt_family
        type: u1
        -nl-enum: linux_common.address_family
      - id: nduseropt_pad1
        type: u1
      - id: nduseropt_opts_len
        type: u2
      - id: nduseropt_ifindex
        type: s4
      - id: nduseropt_icmp_type
        type: u1
      - id: nduseropt_icmp_code
        type: u1
      - id: nduseropt_pad2
        type: u2
      - id: nduseropt_pad3
        type: u4
  dcbmsg:
    doc: struct dcbmsg (dcbnl.h), the header of RTM_GETDCB and RTM_SETDCB
    seq:
      - id: dcb_family
        type: u1
        -nl-enum: linux_common.address_family
      - id: cmd
        type: u1
      - id: dcb_pad
        type: u2
  tcamsg:
    doc: struct tcamsg (rtnetlink.h), the header of the RTM_*ACTION messages
    seq:
      - id: tca_family
        type: u1
        -nl-enum: linux_common.address_family
      - id: tca_pad1
        type: u1
      - id: tca_pad2
        type: u2
  br_port_msg:
    doc: struct br_port_msg (if_bridge.h), the header of the RTM_*MDB messages (3 bytes of padding after family)
    seq:
      - id: family
        type: u1
        -nl-enum: linux_common.address_family
      - id: pad
        size: 3
      - id: ifindex
        type: u4
  br_vlan_msg:
    doc: struct br_vlan_msg (if_bridge.h), the header of the RTM_*VLAN messages
    seq:
      - id: family
        type: u1
        -nl-enum: linux_common.address_family
      - id: reserved1
        type: u1
      - id: reserved2
        type: u2
      - id: ifindex
        type: u4
  tunnel_msg:
    doc: struct tunnel_msg (rtnetlink.h), the header of the RTM_*TUNNEL messages (VXLAN VNI filters)
    seq:
      - id: family
        type: u1
        -nl-enum: linux_common.address_family
      - id: flags
        type: u1
      - id: reserved2
        type: u2
      - id: ifindex
        type: u4
enums:
  # enum rtnetlink_groups (rtnetlink.h): the multicast groups a socket joins (group N is bit N-1
  # of nl_groups, or NETLINK_ADD_MEMBERSHIP N). -nl-group on a message type of rtm_type names the
  # group the kernel notifies that type to: one group, or one per address family (the fixed
  # header's first byte), with "other" for the rest.
  multicast_groups:
    0: rtnlgrp_none
    1: rtnlgrp_link
    2: rtnlgrp_notify
    3: rtnlgrp_neigh
    4: rtnlgrp_tc
    5: rtnlgrp_ipv4_ifaddr
    6: rtnlgrp_ipv4_mroute
    7: rtnlgrp_ipv4_route
    8: rtnlgrp_ipv4_rule
    9: rtnlgrp_ipv6_ifaddr
    10: rtnlgrp_ipv6_mroute
    11: rtnlgrp_ipv6_route
    12: rtnlgrp_ipv6_ifinfo
    13: rtnlgrp_decnet_ifaddr
    14: rtnlgrp_nop2
    15: rtnlgrp_decnet_route
    16: rtnlgrp_decnet_rule
    17: rtnlgrp_nop4
    18: rtnlgrp_ipv6_prefix
    19: rtnlgrp_ipv6_rule
    20: rtnlgrp_nd_useropt
    21: rtnlgrp_phonet_ifaddr
    22: rtnlgrp_phonet_route
    23: rtnlgrp_dcb
    24: rtnlgrp_ipv4_netconf
    25: rtnlgrp_ipv6_netconf
    26: rtnlgrp_mdb
    27: rtnlgrp_mpls_route
    28: rtnlgrp_nsid
    29: rtnlgrp_mpls_netconf
    30: rtnlgrp_ipv4_mroute_r
    31: rtnlgrp_ipv6_mroute_r
    32: rtnlgrp_nexthop
    33: rtnlgrp_brvlan
    34: rtnlgrp_mctp_ifaddr
    35: rtnlgrp_tunnel
    36: rtnlgrp_stats
    37: rtnlgrp_ipv4_mcaddr
    38: rtnlgrp_ipv6_mcaddr
    39: rtnlgrp_ipv6_acaddr
  rtm_type:
    16: {id: rtm_newlink, -nl-kind: new, -nl-fixed-header: rtnetlink_link.ifinfomsg, -nl-attrs: rtnetlink_link.ifla_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: {af_inet6: rtnlgrp_ipv6_ifinfo, other: rtnlgrp_link}}
    17: {id: rtm_dellink, -nl-kind: delete, -nl-fixed-header: rtnetlink_link.ifinfomsg, -nl-attrs: rtnetlink_link.ifla_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: rtnlgrp_link}
    18: {id: rtm_getlink, -nl-kind: get, -nl-fixed-header: rtnetlink_link.ifinfomsg, -nl-attrs: rtnetlink_link.ifla_attr, -nl-short-header: rtnetlink_message.rtgenmsg}
    19: {id: rtm_setlink, -nl-kind: new, -nl-fixed-header: rtnetlink_link.ifinfomsg, -nl-attrs: rtnetlink_link.ifla_attr, -nl-short-header: rtnetlink_message.rtgenmsg}
    20: {id: rtm_newaddr, -nl-kind: new, -nl-fixed-header: rtnetlink_addr.ifaddrmsg, -nl-attrs: rtnetlink_addr.ifa_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: {af_inet: rtnlgrp_ipv4_ifaddr, af_inet6: rtnlgrp_ipv6_ifaddr}}
    21: {id: rtm_deladdr, -nl-kind: delete, -nl-fixed-header: rtnetlink_addr.ifaddrmsg, -nl-attrs: rtnetlink_addr.ifa_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: {af_inet: rtnlgrp_ipv4_ifaddr, af_inet6: rtnlgrp_ipv6_ifaddr}}
    22: {id: rtm_getaddr, -nl-kind: get, -nl-fixed-header: rtnetlink_addr.ifaddrmsg, -nl-attrs: rtnetlink_addr.ifa_attr, -nl-short-header: rtnetlink_message.rtgenmsg}
    24: {id: rtm_newroute, -nl-kind: new, -nl-fixed-header: rtnetlink_route.rtmsg, -nl-attrs: rtnetlink_route.rta_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: {af_inet: rtnlgrp_ipv4_route, af_inet6: rtnlgrp_ipv6_route, af_mpls: rtnlgrp_mpls_route}}
    25: {id: rtm_delroute, -nl-kind: delete, -nl-fixed-header: rtnetlink_route.rtmsg, -nl-attrs: rtnetlink_route.rta_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: {af_inet: rtnlgrp_ipv4_route, af_inet6: rtnlgrp_ipv6_route, af_mpls: rtnlgrp_mpls_route}}
    26: {id: rtm_getroute, -nl-kind: get, -nl-fixed-header: rtnetlink_route.rtmsg, -nl-attrs: rtnetlink_route.rta_attr, -nl-short-header: rtnetlink_message.rtgenmsg}
    28: {id: rtm_newneigh, -nl-kind: new, -nl-fixed-header: rtnetlink_neigh.ndmsg, -nl-attrs: rtnetlink_neigh.nda_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: rtnlgrp_neigh}
    29: {id: rtm_delneigh, -nl-kind: delete, -nl-fixed-header: rtnetlink_neigh.ndmsg, -nl-attrs: rtnetlink_neigh.nda_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: rtnlgrp_neigh}
    30: {id: rtm_getneigh, -nl-kind: get, -nl-fixed-header: rtnetlink_neigh.ndmsg, -nl-attrs: rtnetlink_neigh.nda_attr, -nl-short-header: rtnetlink_message.rtgenmsg}
    32: {id: rtm_newrule, -nl-kind: new, -nl-fixed-header: rtnetlink_rule.fib_rule_hdr, -nl-attrs: rtnetlink_rule.fra_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: {af_inet: rtnlgrp_ipv4_rule, af_inet6: rtnlgrp_ipv6_rule}}
    33: {id: rtm_delrule, -nl-kind: delete, -nl-fixed-header: rtnetlink_rule.fib_rule_hdr, -nl-attrs: rtnetlink_rule.fra_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: {af_inet: rtnlgrp_ipv4_rule, af_inet6: rtnlgrp_ipv6_rule}}
    34: {id: rtm_getrule, -nl-kind: get, -nl-fixed-header: rtnetlink_rule.fib_rule_hdr, -nl-attrs: rtnetlink_rule.fra_attr, -nl-short-header: rtnetlink_message.rtgenmsg}
    36: {id: rtm_newqdisc, -nl-kind: new, -nl-fixed-header: rtnetlink_tc.tcmsg, -nl-attrs: rtnetlink_tc.tca_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: rtnlgrp_tc}
    37: {id: rtm_delqdisc, -nl-kind: delete, -nl-fixed-header: rtnetlink_tc.tcmsg, -nl-attrs: rtnetlink_tc.tca_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: rtnlgrp_tc}
    38: {id: rtm_getqdisc, -nl-kind: get, -nl-fixed-header: rtnetlink_tc.tcmsg, -nl-attrs: rtnetlink_tc.tca_attr, -nl-short-header: rtnetlink_message.rtgenmsg}
    40: {id: rtm_newtclass, -nl-kind: new, -nl-fixed-header: rtnetlink_tc.tcmsg, -nl-attrs: rtnetlink_tc.tca_class_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: rtnlgrp_tc}
    41: {id: rtm_deltclass, -nl-kind: delete, -nl-fixed-header: rtnetlink_tc.tcmsg, -nl-attrs: rtnetlink_tc.tca_class_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: rtnlgrp_tc}
    42: {id: rtm_gettclass, -nl-kind: get, -nl-fixed-header: rtnetlink_tc.tcmsg, -nl-attrs: rtnetlink_tc.tca_class_attr, -nl-short-header: rtnetlink_message.rtgenmsg}
    44: {id: rtm_newtfilter, -nl-kind: new, -nl-fixed-header: rtnetlink_tc.tcmsg, -nl-attrs: rtnetlink_tc.tca_filter_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: rtnlgrp_tc}
    45: {id: rtm_deltfilter, -nl-kind: delete, -nl-fixed-header: rtnetlink_tc.tcmsg, -nl-attrs: rtnetlink_tc.tca_filter_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: rtnlgrp_tc}
    46: {id: rtm_gettfilter, -nl-kind: get, -nl-fixed-header: rtnetlink_tc.tcmsg, -nl-attrs: rtnetlink_tc.tca_filter_attr, -nl-short-header: rtnetlink_message.rtgenmsg}
    48: {id: rtm_newaction, -nl-kind: new, -nl-fixed-header: rtnetlink_message.tcamsg, -nl-attrs: rtnetlink_tc_act.tca_root_attr, -nl-group: rtnlgrp_tc}
    49: {id: rtm_delaction, -nl-kind: delete, -nl-fixed-header: rtnetlink_message.tcamsg, -nl-attrs: rtnetlink_tc_act.tca_root_attr, -nl-group: rtnlgrp_tc}
    50: {id: rtm_getaction, -nl-kind: get, -nl-fixed-header: rtnetlink_message.tcamsg, -nl-attrs: rtnetlink_tc_act.tca_root_attr}
    52: {id: rtm_newprefix, -nl-kind: new, -nl-fixed-header: rtnetlink_message.prefixmsg, -nl-group: rtnlgrp_ipv6_prefix}
    # multicast and anycast addresses a host joined (IFA_MULTICAST / IFA_ANYCAST): 6.1 answers an IPv6 dump; later kernels also
    # announce IPv4 and IPv6 joins and leaves on their own groups
    56: {id: rtm_newmulticast, -nl-kind: new, -nl-fixed-header: rtnetlink_addr.ifaddrmsg, -nl-attrs: rtnetlink_addr.ifa_attr, -nl-group: {af_inet: rtnlgrp_ipv4_mcaddr, af_inet6: rtnlgrp_ipv6_mcaddr}}
    57: {id: rtm_delmulticast, -nl-kind: delete, -nl-fixed-header: rtnetlink_addr.ifaddrmsg, -nl-attrs: rtnetlink_addr.ifa_attr, -nl-group: {af_inet: rtnlgrp_ipv4_mcaddr, af_inet6: rtnlgrp_ipv6_mcaddr}}
    58: {id: rtm_getmulticast, -nl-kind: get, -nl-fixed-header: rtnetlink_addr.ifaddrmsg, -nl-attrs: rtnetlink_addr.ifa_attr, -nl-short-header: rtnetlink_message.rtgenmsg}
    60: {id: rtm_newanycast, -nl-kind: new, -nl-fixed-header: rtnetlink_addr.ifaddrmsg, -nl-attrs: rtnetlink_addr.ifa_attr, -nl-group: rtnlgrp_ipv6_acaddr}
    61: {id: rtm_delanycast, -nl-kind: delete, -nl-fixed-header: rtnetlink_addr.ifaddrmsg, -nl-attrs: rtnetlink_addr.ifa_attr, -nl-group: rtnlgrp_ipv6_acaddr}
    62: {id: rtm_getanycast, -nl-kind: get, -nl-fixed-header: rtnetlink_addr.ifaddrmsg, -nl-attrs: rtnetlink_addr.ifa_attr, -nl-short-header: rtnetlink_message.rtgenmsg}
    64: {id: rtm_newneightbl, -nl-kind: new, -nl-fixed-header: rtnetlink_message.ndtmsg, -nl-attrs: rtnetlink_neigh.ndta_attr}
    66: {id: rtm_getneightbl, -nl-kind: get, -nl-fixed-header: rtnetlink_message.ndtmsg, -nl-attrs: rtnetlink_neigh.ndta_attr}
    67: {id: rtm_setneightbl, -nl-kind: new, -nl-fixed-header: rtnetlink_message.ndtmsg, -nl-attrs: rtnetlink_neigh.ndta_attr}
    68: {id: rtm_newnduseropt, -nl-kind: new, -nl-fixed-header: rtnetlink_message.nduseroptmsg, -nl-group: rtnlgrp_nd_useropt}
    72: {id: rtm_newaddrlabel, -nl-kind: new, -nl-fixed-header: rtnetlink_addrlabel.ifaddrlblmsg, -nl-attrs: rtnetlink_addrlabel.ifal_attr, -nl-short-header: rtnetlink_message.rtgenmsg}
    73: {id: rtm_deladdrlabel, -nl-kind: delete, -nl-fixed-header: rtnetlink_addrlabel.ifaddrlblmsg, -nl-attrs: rtnetlink_addrlabel.ifal_attr, -nl-short-header: rtnetlink_message.rtgenmsg}
    74: {id: rtm_getaddrlabel, -nl-kind: get, -nl-fixed-header: rtnetlink_addrlabel.ifaddrlblmsg, -nl-attrs: rtnetlink_addrlabel.ifal_attr, -nl-short-header: rtnetlink_message.rtgenmsg}
    78: {id: rtm_getdcb, -nl-kind: get, -nl-fixed-header: rtnetlink_message.dcbmsg}
    79: {id: rtm_setdcb, -nl-kind: new, -nl-fixed-header: rtnetlink_message.dcbmsg}
    80: {id: rtm_newnetconf, -nl-kind: new, -nl-fixed-header: rtnetlink_netconf.netconfmsg, -nl-attrs: rtnetlink_netconf.netconfa_attr, -nl-group: {af_inet: rtnlgrp_ipv4_netconf, af_inet6: rtnlgrp_ipv6_netconf, af_mpls: rtnlgrp_mpls_netconf}}
    81: {id: rtm_delnetconf, -nl-kind: delete, -nl-fixed-header: rtnetlink_netconf.netconfmsg, -nl-attrs: rtnetlink_netconf.netconfa_attr, -nl-group: {af_inet: rtnlgrp_ipv4_netconf, af_inet6: rtnlgrp_ipv6_netconf, af_mpls: rtnlgrp_mpls_netconf}}
    82: {id: rtm_getnetconf, -nl-kind: get, -nl-fixed-header: rtnetlink_netconf.netconfmsg, -nl-attrs: rtnetlink_netconf.netconfa_attr}
    84: {id: rtm_newmdb, -nl-kind: new, -nl-fixed-header: rtnetlink_message.br_port_msg, -nl-attrs: rtnetlink_bridge.mdba_attr, -nl-request-attrs: rtnetlink_bridge.mdba_set_entry_attr, -nl-group: rtnlgrp_mdb}
    85: {id: rtm_delmdb, -nl-kind: delete, -nl-fixed-header: rtnetlink_message.br_port_msg, -nl-attrs: rtnetlink_bridge.mdba_attr, -nl-request-attrs: rtnetlink_bridge.mdba_set_entry_attr, -nl-group: rtnlgrp_mdb}
    86: {id: rtm_getmdb, -nl-kind: get, -nl-fixed-header: rtnetlink_message.br_port_msg, -nl-attrs: rtnetlink_bridge.mdba_attr, -nl-request-attrs: rtnetlink_bridge.mdba_get_entry_attr}
    88: {id: rtm_newnsid, -nl-kind: new, -nl-fixed-header: rtnetlink_message.rtgenmsg, -nl-attrs: rtnetlink_nsid.netnsa_attr, -nl-group: rtnlgrp_nsid}
    89: {id: rtm_delnsid, -nl-kind: delete, -nl-fixed-header: rtnetlink_message.rtgenmsg, -nl-attrs: rtnetlink_nsid.netnsa_attr, -nl-group: rtnlgrp_nsid}
    90: {id: rtm_getnsid, -nl-kind: get, -nl-fixed-header: rtnetlink_message.rtgenmsg, -nl-attrs: rtnetlink_nsid.netnsa_attr}
    92: {id: rtm_newstats, -nl-kind: new, -nl-fixed-header: rtnetlink_stats.if_stats_msg, -nl-attrs: rtnetlink_stats.ifla_stats_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: rtnlgrp_stats}
    94: {id: rtm_getstats, -nl-kind: get, -nl-fixed-header: rtnetlink_stats.if_stats_msg, -nl-attrs: rtnetlink_stats.ifla_stats_attr, -nl-short-header: rtnetlink_message.rtgenmsg}
    95: {id: rtm_setstats, -nl-kind: new, -nl-fixed-header: rtnetlink_stats.if_stats_msg, -nl-attrs: rtnetlink_stats.ifla_stats_attr, -nl-short-header: rtnetlink_message.rtgenmsg}
    96: {id: rtm_newcachereport, -nl-kind: new, -nl-fixed-header: rtgenmsg}
    100: {id: rtm_newchain, -nl-kind: new, -nl-fixed-header: rtnetlink_tc.tcmsg, -nl-attrs: rtnetlink_tc.tca_filter_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: rtnlgrp_tc}
    101: {id: rtm_delchain, -nl-kind: delete, -nl-fixed-header: rtnetlink_tc.tcmsg, -nl-attrs: rtnetlink_tc.tca_filter_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: rtnlgrp_tc}
    102: {id: rtm_getchain, -nl-kind: get, -nl-fixed-header: rtnetlink_tc.tcmsg, -nl-attrs: rtnetlink_tc.tca_filter_attr, -nl-short-header: rtnetlink_message.rtgenmsg}
    104: {id: rtm_newnexthop, -nl-kind: new, -nl-fixed-header: rtnetlink_nexthop.nhmsg, -nl-attrs: rtnetlink_nexthop.nha_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: rtnlgrp_nexthop}
    105: {id: rtm_delnexthop, -nl-kind: delete, -nl-fixed-header: rtnetlink_nexthop.nhmsg, -nl-attrs: rtnetlink_nexthop.nha_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: rtnlgrp_nexthop}
    106: {id: rtm_getnexthop, -nl-kind: get, -nl-fixed-header: rtnetlink_nexthop.nhmsg, -nl-attrs: rtnetlink_nexthop.nha_attr, -nl-short-header: rtnetlink_message.rtgenmsg}
    108: {id: rtm_newlinkprop, -nl-kind: new, -nl-fixed-header: rtnetlink_link.ifinfomsg, -nl-attrs: rtnetlink_link.ifla_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: rtnlgrp_link}
    109: {id: rtm_dellinkprop, -nl-kind: delete, -nl-fixed-header: rtnetlink_link.ifinfomsg, -nl-attrs: rtnetlink_link.ifla_attr, -nl-short-header: rtnetlink_message.rtgenmsg, -nl-group: rtnlgrp_link}
    110: {id: rtm_getlinkprop, -nl-kind: get, -nl-fixed-header: rtnetlink_link.ifinfomsg, -nl-attrs: rtnetlink_link.ifla_attr, -nl-short-header: rtnetlink_message.rtgenmsg}
    112: {id: rtm_newvlan, -nl-kind: new, -nl-fixed-header: rtnetlink_message.br_vlan_msg, -nl-attrs: rtnetlink_bridge.bridge_vlandb_attr, -nl-group: rtnlgrp_brvlan}
    113: {id: rtm_delvlan, -nl-kind: delete, -nl-fixed-header: rtnetlink_message.br_vlan_msg, -nl-attrs: rtnetlink_bridge.bridge_vlandb_attr, -nl-group: rtnlgrp_brvlan}
    114: {id: rtm_getvlan, -nl-kind: get, -nl-fixed-header: rtnetlink_message.br_vlan_msg, -nl-attrs: rtnetlink_bridge.bridge_vlandb_attr, -nl-request-attrs: rtnetlink_bridge.bridge_vlandb_dump_attr}
    116: {id: rtm_newnexthopbucket, -nl-kind: new, -nl-fixed-header: rtnetlink_nexthop.nhmsg, -nl-attrs: rtnetlink_nexthop.nha_attr}
    117: {id: rtm_delnexthopbucket, -nl-kind: delete, -nl-fixed-header: rtnetlink_nexthop.nhmsg, -nl-attrs: rtnetlink_nexthop.nha_attr}
    118: {id: rtm_getnexthopbucket, -nl-kind: get, -nl-fixed-header: rtnetlink_nexthop.nhmsg, -nl-attrs: rtnetlink_nexthop.nha_attr}
    120: {id: rtm_newtunnel, -nl-kind: new, -nl-fixed-header: rtnetlink_message.tunnel_msg, -nl-group: rtnlgrp_tunnel}
    121: {id: rtm_deltunnel, -nl-kind: delete, -nl-fixed-header: rtnetlink_message.tunnel_msg, -nl-group: rtnlgrp_tunnel}
    122: {id: rtm_gettunnel, -nl-kind: get, -nl-fixed-header: rtnetlink_message.tunnel_msg}
