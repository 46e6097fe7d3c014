meta:
  id: rtnetlink_message
  title: NETLINK_ROUTE (rtnetlink) message types
  license: MIT
doc: |
  Message types of NETLINK_ROUTE (protocol 0). Each message starts with a fixed header
  struct (-nl-fixed-header, padded to -nl-fixed-length bytes with NLMSG_ALIGN) followed by
  attributes. -nl-kind says which meaning the high byte of nlmsg_flags has for the type
  (get, new or delete requests; SET types modify and use the new flags). Types come in groups
  of four (NEW, DEL, GET, SET) from RTM_BASE = 16.

  Dump requests of some types carry only a struct rtgenmsg (1 byte, padded to 4) instead of
  the full fixed header; dissectors tell the two apart by the message length.
doc-ref: /usr/include/linux/rtnetlink.h
enums:
  rtm_type:
    16: {id: rtm_newlink, -nl-kind: new, -nl-fixed-header: ifinfomsg, -nl-fixed-length: 16}
    17: {id: rtm_dellink, -nl-kind: delete, -nl-fixed-header: ifinfomsg, -nl-fixed-length: 16}
    18: {id: rtm_getlink, -nl-kind: get, -nl-fixed-header: ifinfomsg, -nl-fixed-length: 16}
    19: {id: rtm_setlink, -nl-kind: new, -nl-fixed-header: ifinfomsg, -nl-fixed-length: 16}
    20: {id: rtm_newaddr, -nl-kind: new, -nl-fixed-header: ifaddrmsg, -nl-fixed-length: 8}
    21: {id: rtm_deladdr, -nl-kind: delete, -nl-fixed-header: ifaddrmsg, -nl-fixed-length: 8}
    22: {id: rtm_getaddr, -nl-kind: get, -nl-fixed-header: ifaddrmsg, -nl-fixed-length: 8}
    24: {id: rtm_newroute, -nl-kind: new, -nl-fixed-header: rtmsg, -nl-fixed-length: 12}
    25: {id: rtm_delroute, -nl-kind: delete, -nl-fixed-header: rtmsg, -nl-fixed-length: 12}
    26: {id: rtm_getroute, -nl-kind: get, -nl-fixed-header: rtmsg, -nl-fixed-length: 12}
    28: {id: rtm_newneigh, -nl-kind: new, -nl-fixed-header: ndmsg, -nl-fixed-length: 12}
    29: {id: rtm_delneigh, -nl-kind: delete, -nl-fixed-header: ndmsg, -nl-fixed-length: 12}
    30: {id: rtm_getneigh, -nl-kind: get, -nl-fixed-header: ndmsg, -nl-fixed-length: 12}
    32: {id: rtm_newrule, -nl-kind: new, -nl-fixed-header: fib_rule_hdr, -nl-fixed-length: 12}
    33: {id: rtm_delrule, -nl-kind: delete, -nl-fixed-header: fib_rule_hdr, -nl-fixed-length: 12}
    34: {id: rtm_getrule, -nl-kind: get, -nl-fixed-header: fib_rule_hdr, -nl-fixed-length: 12}
    36: {id: rtm_newqdisc, -nl-kind: new, -nl-fixed-header: tcmsg, -nl-fixed-length: 20}
    37: {id: rtm_delqdisc, -nl-kind: delete, -nl-fixed-header: tcmsg, -nl-fixed-length: 20}
    38: {id: rtm_getqdisc, -nl-kind: get, -nl-fixed-header: tcmsg, -nl-fixed-length: 20}
    40: {id: rtm_newtclass, -nl-kind: new, -nl-fixed-header: tcmsg, -nl-fixed-length: 20}
    41: {id: rtm_deltclass, -nl-kind: delete, -nl-fixed-header: tcmsg, -nl-fixed-length: 20}
    42: {id: rtm_gettclass, -nl-kind: get, -nl-fixed-header: tcmsg, -nl-fixed-length: 20}
    44: {id: rtm_newtfilter, -nl-kind: new, -nl-fixed-header: tcmsg, -nl-fixed-length: 20}
    45: {id: rtm_deltfilter, -nl-kind: delete, -nl-fixed-header: tcmsg, -nl-fixed-length: 20}
    46: {id: rtm_gettfilter, -nl-kind: get, -nl-fixed-header: tcmsg, -nl-fixed-length: 20}
    48: {id: rtm_newaction, -nl-kind: new, -nl-fixed-header: tcamsg, -nl-fixed-length: 4}
    49: {id: rtm_delaction, -nl-kind: delete, -nl-fixed-header: tcamsg, -nl-fixed-length: 4}
    50: {id: rtm_getaction, -nl-kind: get, -nl-fixed-header: tcamsg, -nl-fixed-length: 4}
    52: {id: rtm_newprefix, -nl-kind: new, -nl-fixed-header: prefixmsg, -nl-fixed-length: 12}
    58: {id: rtm_getmulticast, -nl-kind: get, -nl-fixed-header: ifaddrmsg, -nl-fixed-length: 8}
    62: {id: rtm_getanycast, -nl-kind: get, -nl-fixed-header: ifaddrmsg, -nl-fixed-length: 8}
    64: {id: rtm_newneightbl, -nl-kind: new, -nl-fixed-header: ndtmsg, -nl-fixed-length: 4}
    66: {id: rtm_getneightbl, -nl-kind: get, -nl-fixed-header: ndtmsg, -nl-fixed-length: 4}
    67: {id: rtm_setneightbl, -nl-kind: new, -nl-fixed-header: ndtmsg, -nl-fixed-length: 4}
    68: {id: rtm_newnduseropt, -nl-kind: new, -nl-fixed-header: nduseroptmsg, -nl-fixed-length: 16}
    72: {id: rtm_newaddrlabel, -nl-kind: new, -nl-fixed-header: ifaddrlblmsg, -nl-fixed-length: 12}
    73: {id: rtm_deladdrlabel, -nl-kind: delete, -nl-fixed-header: ifaddrlblmsg, -nl-fixed-length: 12}
    74: {id: rtm_getaddrlabel, -nl-kind: get, -nl-fixed-header: ifaddrlblmsg, -nl-fixed-length: 12}
    78: {id: rtm_getdcb, -nl-kind: get, -nl-fixed-header: dcbmsg, -nl-fixed-length: 4}
    79: {id: rtm_setdcb, -nl-kind: new, -nl-fixed-header: dcbmsg, -nl-fixed-length: 4}
    80: {id: rtm_newnetconf, -nl-kind: new, -nl-fixed-header: netconfmsg, -nl-fixed-length: 4}
    81: {id: rtm_delnetconf, -nl-kind: delete, -nl-fixed-header: netconfmsg, -nl-fixed-length: 4}
    82: {id: rtm_getnetconf, -nl-kind: get, -nl-fixed-header: netconfmsg, -nl-fixed-length: 4}
    84: {id: rtm_newmdb, -nl-kind: new, -nl-fixed-header: br_port_msg, -nl-fixed-length: 8}
    85: {id: rtm_delmdb, -nl-kind: delete, -nl-fixed-header: br_port_msg, -nl-fixed-length: 8}
    86: {id: rtm_getmdb, -nl-kind: get, -nl-fixed-header: br_port_msg, -nl-fixed-length: 8}
    88: {id: rtm_newnsid, -nl-kind: new, -nl-fixed-header: rtgenmsg, -nl-fixed-length: 4}
    89: {id: rtm_delnsid, -nl-kind: delete, -nl-fixed-header: rtgenmsg, -nl-fixed-length: 4}
    90: {id: rtm_getnsid, -nl-kind: get, -nl-fixed-header: rtgenmsg, -nl-fixed-length: 4}
    92: {id: rtm_newstats, -nl-kind: new, -nl-fixed-header: if_stats_msg, -nl-fixed-length: 12}
    94: {id: rtm_getstats, -nl-kind: get, -nl-fixed-header: if_stats_msg, -nl-fixed-length: 12}
    95: {id: rtm_setstats, -nl-kind: new, -nl-fixed-header: if_stats_msg, -nl-fixed-length: 12}
    96: {id: rtm_newcachereport, -nl-kind: new, -nl-fixed-header: rtgenmsg, -nl-fixed-length: 4}
    100: {id: rtm_newchain, -nl-kind: new, -nl-fixed-header: tcmsg, -nl-fixed-length: 20}
    101: {id: rtm_delchain, -nl-kind: delete, -nl-fixed-header: tcmsg, -nl-fixed-length: 20}
    102: {id: rtm_getchain, -nl-kind: get, -nl-fixed-header: tcmsg, -nl-fixed-length: 20}
    104: {id: rtm_newnexthop, -nl-kind: new, -nl-fixed-header: nhmsg, -nl-fixed-length: 8}
    105: {id: rtm_delnexthop, -nl-kind: delete, -nl-fixed-header: nhmsg, -nl-fixed-length: 8}
    106: {id: rtm_getnexthop, -nl-kind: get, -nl-fixed-header: nhmsg, -nl-fixed-length: 8}
    108: {id: rtm_newlinkprop, -nl-kind: new, -nl-fixed-header: ifinfomsg, -nl-fixed-length: 16}
    109: {id: rtm_dellinkprop, -nl-kind: delete, -nl-fixed-header: ifinfomsg, -nl-fixed-length: 16}
    110: {id: rtm_getlinkprop, -nl-kind: get, -nl-fixed-header: ifinfomsg, -nl-fixed-length: 16}
    112: {id: rtm_newvlan, -nl-kind: new, -nl-fixed-header: br_vlan_msg, -nl-fixed-length: 8}
    113: {id: rtm_delvlan, -nl-kind: delete, -nl-fixed-header: br_vlan_msg, -nl-fixed-length: 8}
    114: {id: rtm_getvlan, -nl-kind: get, -nl-fixed-header: br_vlan_msg, -nl-fixed-length: 8}
    116: {id: rtm_newnexthopbucket, -nl-kind: new, -nl-fixed-header: nhmsg, -nl-fixed-length: 8}
    117: {id: rtm_delnexthopbucket, -nl-kind: delete, -nl-fixed-header: nhmsg, -nl-fixed-length: 8}
    118: {id: rtm_getnexthopbucket, -nl-kind: get, -nl-fixed-header: nhmsg, -nl-fixed-length: 8}
    120: {id: rtm_newtunnel, -nl-kind: new, -nl-fixed-header: tunnel_msg, -nl-fixed-length: 8}
    121: {id: rtm_deltunnel, -nl-kind: delete, -nl-fixed-header: tunnel_msg, -nl-fixed-length: 8}
    122: {id: rtm_gettunnel, -nl-kind: get, -nl-fixed-header: tunnel_msg, -nl-fixed-length: 8}
