meta:
  id: netfilter_log
  title: "nfnetlink_log (NFNL_SUBSYS_ULOG): NFULNL_MSG_* and NFULA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Packet logging to user space (nft ... log group N, iptables -j NFLOG, ulogd2): the kernel
  sends NFULNL_MSG_PACKET to the listeners of a group; a listener binds to a group and sets its
  copy mode with NFULNL_MSG_CONFIG. nfgenmsg's res_id is the group number. Every integer
  value is big-endian (the kernel writes them with htonl/htons and reads them with ntohl/ntohs),
  in the attributes as in the structs. NFULA_CT holds CTA_* attributes of the packet's conntrack
  entry (with NFULNL_CFG_F_CONNTRACK).
doc-ref: /usr/include/linux/netfilter/nfnetlink_log.h, /usr/include/linux/netfilter/nf_conntrack_common.h, /usr/include/linux/if_ether.h
params:
  - id: is_le
    type: bool
types:
  nfulnl_msg_packet_hdr:
    doc: struct nfulnl_msg_packet_hdr (NFULA_PACKET_HDR)
    seq:
      - {id: hw_protocol, type: u2be, -nl-enum: eth_p}
      - {id: hook, type: u1, -nl-enum: netfilter_nftables.nf_inet_hooks}
      - {id: pad, type: u1}
  nfulnl_msg_packet_hw:
    doc: struct nfulnl_msg_packet_hw (NFULA_HWADDR); hw_addrlen bytes of hw_addr are the address
    seq:
      - {id: hw_addrlen, type: u2be}
      - {id: pad, type: u2}
      - {id: hw_addr, size: 8, -nl-type: lladdr}
  nfulnl_msg_packet_timestamp:
    doc: struct nfulnl_msg_packet_timestamp (NFULA_TIMESTAMP)
    seq:
      - {id: sec, type: u8be}
      - {id: usec, type: u8be}
  nfulnl_msg_config_cmd:
    doc: struct nfulnl_msg_config_cmd (NFULA_CFG_CMD)
    seq:
      - {id: command, type: u1, -nl-enum: nfulnl_msg_config_cmds}
  nfulnl_msg_config_mode:
    doc: struct nfulnl_msg_config_mode (NFULA_CFG_MODE), packed
    seq:
      - {id: copy_range, type: u4be}
      - {id: copy_mode, type: u1, -nl-enum: nfulnl_copy}
      - {id: pad, type: u1}
enums:
  nfulnl_msg_types:
    0: {id: nfulnl_msg_packet, -nl-kind: other, -nl-attrs: nfulnl_attr_type}
    1: {id: nfulnl_msg_config, -nl-kind: other, -nl-attrs: nfulnl_attr_config}
  nfulnl_attr_type:
    0: {id: nfula_unspec, -nl-type: binary}
    1: {id: nfula_packet_hdr, -nl-type: struct, -nl-struct: nfulnl_msg_packet_hdr}
    2: {id: nfula_mark, -nl-type: u32, -nl-byte-order: big}
    3: {id: nfula_timestamp, -nl-type: struct, -nl-struct: nfulnl_msg_packet_timestamp}
    4: {id: nfula_ifindex_indev, -nl-type: u32, -nl-byte-order: big}
    5: {id: nfula_ifindex_outdev, -nl-type: u32, -nl-byte-order: big}
    6: {id: nfula_ifindex_physindev, -nl-type: u32, -nl-byte-order: big}
    7: {id: nfula_ifindex_physoutdev, -nl-type: u32, -nl-byte-order: big}
    8: {id: nfula_hwaddr, -nl-type: struct, -nl-struct: nfulnl_msg_packet_hw}
    9: {id: nfula_payload, -nl-type: binary}
    10: {id: nfula_prefix, -nl-type: string}
    11: {id: nfula_uid, -nl-type: u32, -nl-byte-order: big}
    12: {id: nfula_seq, -nl-type: u32, -nl-byte-order: big}
    13: {id: nfula_seq_global, -nl-type: u32, -nl-byte-order: big}
    14: {id: nfula_gid, -nl-type: u32, -nl-byte-order: big}
    15: {id: nfula_hwtype, -nl-type: u16, -nl-byte-order: big}
    16: {id: nfula_hwheader, -nl-type: binary}
    17: {id: nfula_hwlen, -nl-type: u16, -nl-byte-order: big}
    18: {id: nfula_ct, -nl-type: nest, -nl-nest: netfilter_ctnetlink.cta_attr}
    19: {id: nfula_ct_info, -nl-type: u32, -nl-byte-order: big, -nl-enum: ip_conntrack_info}
    20: {id: nfula_vlan, -nl-type: nest, -nl-nest: nfulnl_vlan_attr}
    21: {id: nfula_l2hdr, -nl-type: binary}
  nfulnl_vlan_attr:
    0: {id: nfula_vlan_unspec, -nl-type: binary}
    1: {id: nfula_vlan_proto, -nl-type: u16, -nl-byte-order: big, -nl-enum: eth_p}
    2: {id: nfula_vlan_tci, -nl-type: u16, -nl-byte-order: big}
  nfulnl_attr_config:
    0: {id: nfula_cfg_unspec, -nl-type: binary}
    1: {id: nfula_cfg_cmd, -nl-type: struct, -nl-struct: nfulnl_msg_config_cmd}
    2: {id: nfula_cfg_mode, -nl-type: struct, -nl-struct: nfulnl_msg_config_mode}
    3: {id: nfula_cfg_nlbufsiz, -nl-type: u32, -nl-byte-order: big}
    4: {id: nfula_cfg_timeout, -nl-type: u32, -nl-byte-order: big}
    5: {id: nfula_cfg_qthresh, -nl-type: u32, -nl-byte-order: big}
    6: {id: nfula_cfg_flags, -nl-type: u16, -nl-byte-order: big, -nl-flags: nfulnl_cfg_f}
  nfulnl_msg_config_cmds:
    0: nfulnl_cfg_cmd_none
    1: nfulnl_cfg_cmd_bind
    2: nfulnl_cfg_cmd_unbind
    3: nfulnl_cfg_cmd_pf_bind
    4: nfulnl_cfg_cmd_pf_unbind
  nfulnl_copy:
    0x00: nfulnl_copy_none
    0x01: nfulnl_copy_meta
    0x02: nfulnl_copy_packet
  nfulnl_cfg_f:
    0x0001: nfulnl_cfg_f_seq
    0x0002: nfulnl_cfg_f_seq_global
    0x0004: nfulnl_cfg_f_conntrack
  ip_conntrack_info:
    # enum ip_conntrack_info (nf_conntrack_common.h), NFULA_CT_INFO and NFQA_CT_INFO
    0: ip_ct_established
    1: ip_ct_related
    2: ip_ct_new
    3: ip_ct_established_reply
    4: ip_ct_related_reply
    5: ip_ct_new_reply
  eth_p:
    # ETH_P_* (linux/if_ether.h), every protocol it names (the same list as rtnetlink_link.eth_p); ETH_P_802_3_MIN
    # (0x0600) is a bound, not a protocol
    0x0001: eth_p_802_3
    0x0002: eth_p_ax25
    0x0003: eth_p_all
    0x0004: eth_p_802_2
    0x0005: eth_p_snap
    0x0006: eth_p_ddcmp
    0x0007: eth_p_wan_ppp
    0x0008: eth_p_ppp_mp
    0x0009: eth_p_localtalk
    0x000C: eth_p_can
    0x000D: eth_p_canfd
    0x000E: eth_p_canxl
    0x0010: eth_p_ppptalk
    0x0011: eth_p_tr_802_2
    0x0015: eth_p_mobitex
    0x0016: eth_p_control
    0x0017: eth_p_irda
    0x0018: eth_p_econet
    0x0019: eth_p_hdlc
    0x001A: eth_p_arcnet
    0x001B: eth_p_dsa
    0x001C: eth_p_trailer
    0x0060: eth_p_loop
    0x00F5: eth_p_phonet
    0x00F6: eth_p_ieee802154
    0x00F7: eth_p_caif
    0x00F8: eth_p_xdsa
    0x00F9: eth_p_map
    0x00FA: eth_p_mctp
    0x00FE: eth_p_gre_osi
    0x0200: eth_p_pup
    0x0201: eth_p_pupat
    0x0800: eth_p_ip
    0x0805: eth_p_x25
    0x0806: eth_p_arp
    0x08FF: eth_p_bpq
    0x0A00: eth_p_ieeepup
    0x0A01: eth_p_ieeepupat
    0x22EB: eth_p_erspan2
    0x22F0: eth_p_tsn
    0x4305: eth_p_batman
    0x6000: eth_p_dec
    0x6001: eth_p_dna_dl
    0x6002: eth_p_dna_rc
    0x6003: eth_p_dna_rt
    0x6004: eth_p_lat
    0x6005: eth_p_diag
    0x6006: eth_p_cust
    0x6007: eth_p_sca
    0x6558: eth_p_teb
    0x8035: eth_p_rarp
    0x809B: eth_p_atalk
    0x80F3: eth_p_aarp
    0x8100: eth_p_8021q
    0x8137: eth_p_ipx
    0x86DD: eth_p_ipv6
    0x8808: eth_p_pause
    0x8809: eth_p_slow
    0x883E: eth_p_wccp
    0x8847: eth_p_mpls_uc
    0x8848: eth_p_mpls_mc
    0x884C: eth_p_atmmpoa
    0x8863: eth_p_ppp_disc
    0x8864: eth_p_ppp_ses
    0x886C: eth_p_link_ctl
    0x8870: eth_p_8021ac
    0x8884: eth_p_atmfate
    0x888E: eth_p_pae
    0x8892: eth_p_profinet
    0x8899: eth_p_realtek
    0x88A2: eth_p_aoe
    0x88A4: eth_p_ethercat
    0x88A8: eth_p_8021ad
    0x88B5: eth_p_802_ex1
    0x88BE: eth_p_erspan
    0x88C3: eth_p_mxlgsw
    0x88C7: eth_p_preauth
    0x88CA: eth_p_tipc
    0x88CC: eth_p_lldp
    0x88E3: eth_p_mrp
    0x88E5: eth_p_macsec
    0x88E7: eth_p_8021ah
    0x88F5: eth_p_mvrp
    0x88F7: eth_p_1588
    0x88F8: eth_p_ncsi
    0x88FB: eth_p_prp
    0x8902: eth_p_cfm
    0x8906: eth_p_fcoe
    0x890D: eth_p_tdls
    0x8914: eth_p_fip
    0x8915: eth_p_iboe
    0x8917: eth_p_80221
    0x892F: eth_p_hsr
    0x894F: eth_p_nsh
    0x9000: eth_p_loopback
    0x9100: eth_p_qinq1
    0x9200: eth_p_qinq2
    0x9300: eth_p_qinq3
    0x9988: eth_p_yt921x
    0xDADA: eth_p_edsa
    0xDADB: eth_p_dsa_8021q
    0xE001: eth_p_dsa_a5psw
    0xED3E: eth_p_ife
    0xFBFB: eth_p_af_iucv
    0xFD3A: eth_p_nxp_netc
