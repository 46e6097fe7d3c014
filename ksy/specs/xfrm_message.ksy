meta:
  id: xfrm_message
  title: "NETLINK_XFRM (IPsec): XFRM_MSG_* types, their structs, XFRMA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  IPsec states (SAs) and policies (ip xfrm). Each message type has a fixed struct, then XFRMA_*
  attributes. The kernel's structs nest others (xfrm_selector, xfrm_id, lifetimes) and the
  address union xfrm_address_t (16 bytes; an IPv4 address is its first member a4): here they
  are flattened, nested names joined with "_" (sel_daddr, id_spi ...), and every address is
  two fields: NAME_a4 (the first 4 bytes, as IPv4) and NAME_a6_rest (the other 12 bytes, zero
  for IPv4; an IPv6 address is a4 and a6_rest together). spi and ports are big-endian.

  XFRM_MSG_GETSA: ip xfrm state list sends it as a dump request (NLM_F_DUMP) with just
  XFRMA_ADDRESS_FILTER (the kernel parses dump requests with no header), while a non-dump
  GETSA (ip xfrm state get) holds struct xfrm_usersa_id: -nl-dump-header none says so. XFRMA_ALG_* show their algorithm header (the key bytes follow unshown);
  XFRMA_TMPL shows its first template.
doc-ref: /usr/include/linux/xfrm.h
params:
  - id: is_le
    type: bool
types:
  xfrm_usersa_info:
    doc: "struct xfrm_usersa_info (selector, id, lifetimes, stats flattened) (224 bytes)"
    seq:
      - {id: sel_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: sel_daddr_a6_rest, size: 12}
      - {id: sel_saddr_a4, size: 4, -nl-type: ipv4}
      - {id: sel_saddr_a6_rest, size: 12}
      - {id: sel_dport, type: u2be}
      - {id: sel_dport_mask, type: u2be}
      - {id: sel_sport, type: u2be}
      - {id: sel_sport_mask, type: u2be}
      - {id: sel_family, type: u2, -nl-enum: linux_common.address_family}
      - {id: sel_prefixlen_d, type: u1}
      - {id: sel_prefixlen_s, type: u1}
      - {id: sel_proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: sel_pad, size: 3}
      - {id: sel_ifindex, type: s4}
      - {id: sel_user, type: u4}
      - {id: id_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: id_daddr_a6_rest, size: 12}
      - {id: id_spi, type: u4be}
      - {id: id_proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: id_pad, size: 3}
      - {id: saddr_a4, size: 4, -nl-type: ipv4}
      - {id: saddr_a6_rest, size: 12}
      - {id: lft_soft_byte_limit, type: u8}
      - {id: lft_hard_byte_limit, type: u8}
      - {id: lft_soft_packet_limit, type: u8}
      - {id: lft_hard_packet_limit, type: u8}
      - {id: lft_soft_add_expires_seconds, type: u8}
      - {id: lft_hard_add_expires_seconds, type: u8}
      - {id: lft_soft_use_expires_seconds, type: u8}
      - {id: lft_hard_use_expires_seconds, type: u8}
      - {id: curlft_bytes, type: u8}
      - {id: curlft_packets, type: u8}
      - {id: curlft_add_time, type: u8}
      - {id: curlft_use_time, type: u8}
      - {id: stats_replay_window, type: u4}
      - {id: stats_replay, type: u4}
      - {id: stats_integrity_failed, type: u4}
      - {id: seq, type: u4}
      - {id: reqid, type: u4}
      - {id: family, type: u2, -nl-enum: linux_common.address_family}
      - {id: mode, type: u1, -nl-enum: xfrm_mode}
      - {id: replay_window, type: u1}
      - {id: flags, type: u1, -nl-flags: xfrm_state_flag}
      - {id: pad, size: 7}
  xfrm_usersa_id:
    doc: "struct xfrm_usersa_id (24 bytes)"
    seq:
      - {id: daddr_a4, size: 4, -nl-type: ipv4}
      - {id: daddr_a6_rest, size: 12}
      - {id: spi, type: u4be}
      - {id: family, type: u2, -nl-enum: linux_common.address_family}
      - {id: proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: pad, size: 1}
  xfrm_userpolicy_info:
    doc: "struct xfrm_userpolicy_info (selector, lifetimes flattened) (168 bytes)"
    seq:
      - {id: sel_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: sel_daddr_a6_rest, size: 12}
      - {id: sel_saddr_a4, size: 4, -nl-type: ipv4}
      - {id: sel_saddr_a6_rest, size: 12}
      - {id: sel_dport, type: u2be}
      - {id: sel_dport_mask, type: u2be}
      - {id: sel_sport, type: u2be}
      - {id: sel_sport_mask, type: u2be}
      - {id: sel_family, type: u2, -nl-enum: linux_common.address_family}
      - {id: sel_prefixlen_d, type: u1}
      - {id: sel_prefixlen_s, type: u1}
      - {id: sel_proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: sel_pad, size: 3}
      - {id: sel_ifindex, type: s4}
      - {id: sel_user, type: u4}
      - {id: lft_soft_byte_limit, type: u8}
      - {id: lft_hard_byte_limit, type: u8}
      - {id: lft_soft_packet_limit, type: u8}
      - {id: lft_hard_packet_limit, type: u8}
      - {id: lft_soft_add_expires_seconds, type: u8}
      - {id: lft_hard_add_expires_seconds, type: u8}
      - {id: lft_soft_use_expires_seconds, type: u8}
      - {id: lft_hard_use_expires_seconds, type: u8}
      - {id: curlft_bytes, type: u8}
      - {id: curlft_packets, type: u8}
      - {id: curlft_add_time, type: u8}
      - {id: curlft_use_time, type: u8}
      - {id: priority, type: u4}
      - {id: index, type: u4}
      - {id: dir, type: u1, -nl-enum: xfrm_policy_dir}
      - {id: action, type: u1, -nl-enum: xfrm_policy_action}
      - {id: flags, type: u1, -nl-flags: xfrm_policy_flag}
      - {id: share, type: u1, -nl-enum: xfrm_share}
      - {id: pad, size: 4}
  xfrm_userpolicy_id:
    doc: "struct xfrm_userpolicy_id (64 bytes)"
    seq:
      - {id: sel_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: sel_daddr_a6_rest, size: 12}
      - {id: sel_saddr_a4, size: 4, -nl-type: ipv4}
      - {id: sel_saddr_a6_rest, size: 12}
      - {id: sel_dport, type: u2be}
      - {id: sel_dport_mask, type: u2be}
      - {id: sel_sport, type: u2be}
      - {id: sel_sport_mask, type: u2be}
      - {id: sel_family, type: u2, -nl-enum: linux_common.address_family}
      - {id: sel_prefixlen_d, type: u1}
      - {id: sel_prefixlen_s, type: u1}
      - {id: sel_proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: sel_pad, size: 3}
      - {id: sel_ifindex, type: s4}
      - {id: sel_user, type: u4}
      - {id: index, type: u4}
      - {id: dir, type: u1, -nl-enum: xfrm_policy_dir}
      - {id: pad, size: 3}
  xfrm_aevent_id:
    doc: "struct xfrm_aevent_id (48 bytes)"
    seq:
      - {id: sa_id_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: sa_id_daddr_a6_rest, size: 12}
      - {id: sa_id_spi, type: u4be}
      - {id: sa_id_family, type: u2, -nl-enum: linux_common.address_family}
      - {id: sa_id_proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: sa_id_pad, size: 1}
      - {id: saddr_a4, size: 4, -nl-type: ipv4}
      - {id: saddr_a6_rest, size: 12}
      - {id: flags, type: u4, -nl-flags: xfrm_ae_flag}
      - {id: reqid, type: u4}
  xfrm_userspi_info:
    doc: "struct xfrm_userspi_info (232 bytes)"
    seq:
      - {id: info_sel_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: info_sel_daddr_a6_rest, size: 12}
      - {id: info_sel_saddr_a4, size: 4, -nl-type: ipv4}
      - {id: info_sel_saddr_a6_rest, size: 12}
      - {id: info_sel_dport, type: u2be}
      - {id: info_sel_dport_mask, type: u2be}
      - {id: info_sel_sport, type: u2be}
      - {id: info_sel_sport_mask, type: u2be}
      - {id: info_sel_family, type: u2, -nl-enum: linux_common.address_family}
      - {id: info_sel_prefixlen_d, type: u1}
      - {id: info_sel_prefixlen_s, type: u1}
      - {id: info_sel_proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: info_sel_pad, size: 3}
      - {id: info_sel_ifindex, type: s4}
      - {id: info_sel_user, type: u4}
      - {id: info_id_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: info_id_daddr_a6_rest, size: 12}
      - {id: info_id_spi, type: u4be}
      - {id: info_id_proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: info_id_pad, size: 3}
      - {id: info_saddr_a4, size: 4, -nl-type: ipv4}
      - {id: info_saddr_a6_rest, size: 12}
      - {id: info_lft_soft_byte_limit, type: u8}
      - {id: info_lft_hard_byte_limit, type: u8}
      - {id: info_lft_soft_packet_limit, type: u8}
      - {id: info_lft_hard_packet_limit, type: u8}
      - {id: info_lft_soft_add_expires_seconds, type: u8}
      - {id: info_lft_hard_add_expires_seconds, type: u8}
      - {id: info_lft_soft_use_expires_seconds, type: u8}
      - {id: info_lft_hard_use_expires_seconds, type: u8}
      - {id: info_curlft_bytes, type: u8}
      - {id: info_curlft_packets, type: u8}
      - {id: info_curlft_add_time, type: u8}
      - {id: info_curlft_use_time, type: u8}
      - {id: info_stats_replay_window, type: u4}
      - {id: info_stats_replay, type: u4}
      - {id: info_stats_integrity_failed, type: u4}
      - {id: info_seq, type: u4}
      - {id: info_reqid, type: u4}
      - {id: info_family, type: u2, -nl-enum: linux_common.address_family}
      - {id: info_mode, type: u1, -nl-enum: xfrm_mode}
      - {id: info_replay_window, type: u1}
      - {id: info_flags, type: u1, -nl-flags: xfrm_state_flag}
      - {id: info_pad, size: 7}
      - {id: min, type: u4}
      - {id: max, type: u4}
  xfrm_user_acquire:
    doc: "struct xfrm_user_acquire (280 bytes)"
    seq:
      - {id: id_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: id_daddr_a6_rest, size: 12}
      - {id: id_spi, type: u4be}
      - {id: id_proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: id_pad, size: 3}
      - {id: saddr_a4, size: 4, -nl-type: ipv4}
      - {id: saddr_a6_rest, size: 12}
      - {id: sel_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: sel_daddr_a6_rest, size: 12}
      - {id: sel_saddr_a4, size: 4, -nl-type: ipv4}
      - {id: sel_saddr_a6_rest, size: 12}
      - {id: sel_dport, type: u2be}
      - {id: sel_dport_mask, type: u2be}
      - {id: sel_sport, type: u2be}
      - {id: sel_sport_mask, type: u2be}
      - {id: sel_family, type: u2, -nl-enum: linux_common.address_family}
      - {id: sel_prefixlen_d, type: u1}
      - {id: sel_prefixlen_s, type: u1}
      - {id: sel_proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: sel_pad, size: 3}
      - {id: sel_ifindex, type: s4}
      - {id: sel_user, type: u4}
      - {id: policy_sel_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: policy_sel_daddr_a6_rest, size: 12}
      - {id: policy_sel_saddr_a4, size: 4, -nl-type: ipv4}
      - {id: policy_sel_saddr_a6_rest, size: 12}
      - {id: policy_sel_dport, type: u2be}
      - {id: policy_sel_dport_mask, type: u2be}
      - {id: policy_sel_sport, type: u2be}
      - {id: policy_sel_sport_mask, type: u2be}
      - {id: policy_sel_family, type: u2, -nl-enum: linux_common.address_family}
      - {id: policy_sel_prefixlen_d, type: u1}
      - {id: policy_sel_prefixlen_s, type: u1}
      - {id: policy_sel_proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: policy_sel_pad, size: 3}
      - {id: policy_sel_ifindex, type: s4}
      - {id: policy_sel_user, type: u4}
      - {id: policy_lft_soft_byte_limit, type: u8}
      - {id: policy_lft_hard_byte_limit, type: u8}
      - {id: policy_lft_soft_packet_limit, type: u8}
      - {id: policy_lft_hard_packet_limit, type: u8}
      - {id: policy_lft_soft_add_expires_seconds, type: u8}
      - {id: policy_lft_hard_add_expires_seconds, type: u8}
      - {id: policy_lft_soft_use_expires_seconds, type: u8}
      - {id: policy_lft_hard_use_expires_seconds, type: u8}
      - {id: policy_curlft_bytes, type: u8}
      - {id: policy_curlft_packets, type: u8}
      - {id: policy_curlft_add_time, type: u8}
      - {id: policy_curlft_use_time, type: u8}
      - {id: policy_priority, type: u4}
      - {id: policy_index, type: u4}
      - {id: policy_dir, type: u1, -nl-enum: xfrm_policy_dir}
      - {id: policy_action, type: u1, -nl-enum: xfrm_policy_action}
      - {id: policy_flags, type: u1, -nl-flags: xfrm_policy_flag}
      - {id: policy_share, type: u1, -nl-enum: xfrm_share}
      - {id: policy_pad, size: 4}
      - {id: aalgos, type: u4}
      - {id: ealgos, type: u4}
      - {id: calgos, type: u4}
      - {id: seq, type: u4}
  xfrm_user_expire:
    doc: "struct xfrm_user_expire (232 bytes)"
    seq:
      - {id: state_sel_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: state_sel_daddr_a6_rest, size: 12}
      - {id: state_sel_saddr_a4, size: 4, -nl-type: ipv4}
      - {id: state_sel_saddr_a6_rest, size: 12}
      - {id: state_sel_dport, type: u2be}
      - {id: state_sel_dport_mask, type: u2be}
      - {id: state_sel_sport, type: u2be}
      - {id: state_sel_sport_mask, type: u2be}
      - {id: state_sel_family, type: u2, -nl-enum: linux_common.address_family}
      - {id: state_sel_prefixlen_d, type: u1}
      - {id: state_sel_prefixlen_s, type: u1}
      - {id: state_sel_proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: state_sel_pad, size: 3}
      - {id: state_sel_ifindex, type: s4}
      - {id: state_sel_user, type: u4}
      - {id: state_id_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: state_id_daddr_a6_rest, size: 12}
      - {id: state_id_spi, type: u4be}
      - {id: state_id_proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: state_id_pad, size: 3}
      - {id: state_saddr_a4, size: 4, -nl-type: ipv4}
      - {id: state_saddr_a6_rest, size: 12}
      - {id: state_lft_soft_byte_limit, type: u8}
      - {id: state_lft_hard_byte_limit, type: u8}
      - {id: state_lft_soft_packet_limit, type: u8}
      - {id: state_lft_hard_packet_limit, type: u8}
      - {id: state_lft_soft_add_expires_seconds, type: u8}
      - {id: state_lft_hard_add_expires_seconds, type: u8}
      - {id: state_lft_soft_use_expires_seconds, type: u8}
      - {id: state_lft_hard_use_expires_seconds, type: u8}
      - {id: state_curlft_bytes, type: u8}
      - {id: state_curlft_packets, type: u8}
      - {id: state_curlft_add_time, type: u8}
      - {id: state_curlft_use_time, type: u8}
      - {id: state_stats_replay_window, type: u4}
      - {id: state_stats_replay, type: u4}
      - {id: state_stats_integrity_failed, type: u4}
      - {id: state_seq, type: u4}
      - {id: state_reqid, type: u4}
      - {id: state_family, type: u2, -nl-enum: linux_common.address_family}
      - {id: state_mode, type: u1, -nl-enum: xfrm_mode}
      - {id: state_replay_window, type: u1}
      - {id: state_flags, type: u1, -nl-flags: xfrm_state_flag}
      - {id: state_pad, size: 7}
      - {id: hard, type: u1}
      - {id: pad, size: 7}
  xfrm_user_polexpire:
    doc: "struct xfrm_user_polexpire (176 bytes)"
    seq:
      - {id: pol_sel_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: pol_sel_daddr_a6_rest, size: 12}
      - {id: pol_sel_saddr_a4, size: 4, -nl-type: ipv4}
      - {id: pol_sel_saddr_a6_rest, size: 12}
      - {id: pol_sel_dport, type: u2be}
      - {id: pol_sel_dport_mask, type: u2be}
      - {id: pol_sel_sport, type: u2be}
      - {id: pol_sel_sport_mask, type: u2be}
      - {id: pol_sel_family, type: u2, -nl-enum: linux_common.address_family}
      - {id: pol_sel_prefixlen_d, type: u1}
      - {id: pol_sel_prefixlen_s, type: u1}
      - {id: pol_sel_proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: pol_sel_pad, size: 3}
      - {id: pol_sel_ifindex, type: s4}
      - {id: pol_sel_user, type: u4}
      - {id: pol_lft_soft_byte_limit, type: u8}
      - {id: pol_lft_hard_byte_limit, type: u8}
      - {id: pol_lft_soft_packet_limit, type: u8}
      - {id: pol_lft_hard_packet_limit, type: u8}
      - {id: pol_lft_soft_add_expires_seconds, type: u8}
      - {id: pol_lft_hard_add_expires_seconds, type: u8}
      - {id: pol_lft_soft_use_expires_seconds, type: u8}
      - {id: pol_lft_hard_use_expires_seconds, type: u8}
      - {id: pol_curlft_bytes, type: u8}
      - {id: pol_curlft_packets, type: u8}
      - {id: pol_curlft_add_time, type: u8}
      - {id: pol_curlft_use_time, type: u8}
      - {id: pol_priority, type: u4}
      - {id: pol_index, type: u4}
      - {id: pol_dir, type: u1, -nl-enum: xfrm_policy_dir}
      - {id: pol_action, type: u1, -nl-enum: xfrm_policy_action}
      - {id: pol_flags, type: u1, -nl-flags: xfrm_policy_flag}
      - {id: pol_share, type: u1, -nl-enum: xfrm_share}
      - {id: pol_pad, size: 4}
      - {id: hard, type: u1}
      - {id: pad, size: 7}
  xfrm_usersa_flush:
    doc: "struct xfrm_usersa_flush (1 byte; attributes would start at 4) (1 bytes)"
    seq:
      - {id: proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
  xfrm_user_report:
    doc: "struct xfrm_user_report (60 bytes)"
    seq:
      - {id: proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: pad, size: 3}
      - {id: sel_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: sel_daddr_a6_rest, size: 12}
      - {id: sel_saddr_a4, size: 4, -nl-type: ipv4}
      - {id: sel_saddr_a6_rest, size: 12}
      - {id: sel_dport, type: u2be}
      - {id: sel_dport_mask, type: u2be}
      - {id: sel_sport, type: u2be}
      - {id: sel_sport_mask, type: u2be}
      - {id: sel_family, type: u2, -nl-enum: linux_common.address_family}
      - {id: sel_prefixlen_d, type: u1}
      - {id: sel_prefixlen_s, type: u1}
      - {id: sel_proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: sel_pad, size: 3}
      - {id: sel_ifindex, type: s4}
      - {id: sel_user, type: u4}
  xfrm_user_mapping:
    doc: "struct xfrm_user_mapping (64 bytes)"
    seq:
      - {id: id_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: id_daddr_a6_rest, size: 12}
      - {id: id_spi, type: u4be}
      - {id: id_family, type: u2, -nl-enum: linux_common.address_family}
      - {id: id_proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: id_pad, size: 1}
      - {id: reqid, type: u4}
      - {id: old_saddr_a4, size: 4, -nl-type: ipv4}
      - {id: old_saddr_a6_rest, size: 12}
      - {id: new_saddr_a4, size: 4, -nl-type: ipv4}
      - {id: new_saddr_a6_rest, size: 12}
      - {id: old_sport, type: u2be}
      - {id: new_sport, type: u2be}
  xfrm_userpolicy_default:
    doc: "struct xfrm_userpolicy_default (3 bytes)"
    seq:
      - {id: dir_in, type: u1, -nl-enum: xfrm_userpolicy_default_action}
      - {id: dir_fwd, type: u1, -nl-enum: xfrm_userpolicy_default_action}
      - {id: dir_out, type: u1, -nl-enum: xfrm_userpolicy_default_action}
  xfrm_info_flags:
    doc: "the u32 flags word that starts XFRM_MSG_*SADINFO and *SPDINFO (4 bytes)"
    seq:
      - {id: flags, type: u4}
  xfrm_algo:
    doc: "struct xfrm_algo without its key (alg_key_len bits follow, not shown) (68 bytes)"
    seq:
      - {id: alg_name, size: 64, -nl-type: string}
      - {id: alg_key_len, type: u4}
  xfrm_algo_auth:
    doc: "struct xfrm_algo_auth without its key (72 bytes)"
    seq:
      - {id: alg_name, size: 64, -nl-type: string}
      - {id: alg_key_len, type: u4}
      - {id: alg_trunc_len, type: u4}
  xfrm_algo_aead:
    doc: "struct xfrm_algo_aead without its key (72 bytes)"
    seq:
      - {id: alg_name, size: 64, -nl-type: string}
      - {id: alg_key_len, type: u4}
      - {id: alg_icv_len, type: u4}
  xfrm_encap_tmpl:
    doc: "struct xfrm_encap_tmpl (24 bytes)"
    seq:
      - {id: encap_type, type: u2}
      - {id: encap_sport, type: u2be}
      - {id: encap_dport, type: u2be}
      - {id: pad, size: 2}
      - {id: encap_oa_a4, size: 4, -nl-type: ipv4}
      - {id: encap_oa_a6_rest, size: 12}
  xfrm_user_tmpl:
    doc: "struct xfrm_user_tmpl (the first, when XFRMA_TMPL holds several) (64 bytes)"
    seq:
      - {id: id_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: id_daddr_a6_rest, size: 12}
      - {id: id_spi, type: u4be}
      - {id: id_proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: id_pad, size: 3}
      - {id: family, type: u2, -nl-enum: linux_common.address_family}
      - {id: pad1, size: 2}
      - {id: saddr_a4, size: 4, -nl-type: ipv4}
      - {id: saddr_a6_rest, size: 12}
      - {id: reqid, type: u4}
      - {id: mode, type: u1, -nl-enum: xfrm_mode}
      - {id: share, type: u1, -nl-enum: xfrm_share}
      - {id: optional, type: u1}
      - {id: pad2, size: 1}
      - {id: aalgos, type: u4}
      - {id: ealgos, type: u4}
      - {id: calgos, type: u4}
  xfrm_lifetime_cur:
    doc: "struct xfrm_lifetime_cur (32 bytes)"
    seq:
      - {id: bytes, type: u8}
      - {id: packets, type: u8}
      - {id: add_time, type: u8}
      - {id: use_time, type: u8}
  xfrm_replay_state:
    doc: "struct xfrm_replay_state (12 bytes)"
    seq:
      - {id: oseq, type: u4}
      - {id: seq, type: u4}
      - {id: bitmap, type: u4}
  xfrm_replay_state_esn:
    doc: "struct xfrm_replay_state_esn without its bitmap (24 bytes)"
    seq:
      - {id: bmp_len, type: u4}
      - {id: oseq, type: u4}
      - {id: seq, type: u4}
      - {id: oseq_hi, type: u4}
      - {id: seq_hi, type: u4}
      - {id: replay_window, type: u4}
  xfrm_user_sec_ctx:
    doc: "struct xfrm_user_sec_ctx without its context string (8 bytes)"
    seq:
      - {id: len, type: u2}
      - {id: exttype, type: u2}
      - {id: ctx_alg, type: u1}
      - {id: ctx_doi, type: u1}
      - {id: ctx_len, type: u2}
  xfrm_userpolicy_type:
    doc: "struct xfrm_userpolicy_type (6 bytes)"
    seq:
      - {id: type, type: u1, -nl-enum: xfrm_policy_type}
      - {id: pad, size: 1}
      - {id: reserved1, type: u2}
      - {id: reserved2, type: u1}
      - {id: pad2, size: 1}
  xfrm_user_migrate:
    doc: "struct xfrm_user_migrate (76 bytes)"
    seq:
      - {id: old_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: old_daddr_a6_rest, size: 12}
      - {id: old_saddr_a4, size: 4, -nl-type: ipv4}
      - {id: old_saddr_a6_rest, size: 12}
      - {id: new_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: new_daddr_a6_rest, size: 12}
      - {id: new_saddr_a4, size: 4, -nl-type: ipv4}
      - {id: new_saddr_a6_rest, size: 12}
      - {id: proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: mode, type: u1, -nl-enum: xfrm_mode}
      - {id: reserved, type: u2}
      - {id: reqid, type: u4}
      - {id: old_family, type: u2, -nl-enum: linux_common.address_family}
      - {id: new_family, type: u2, -nl-enum: linux_common.address_family}
  xfrm_user_migrate_state:
    doc: "struct xfrm_user_migrate_state (id, old_mark, new_sel flattened) (132 bytes): XFRM_MSG_MIGRATE_STATE (7.2) moves the one SA id names to new addresses, selector and reqid"
    seq:
      - {id: id_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: id_daddr_a6_rest, size: 12}
      - {id: id_spi, type: u4be}
      - {id: id_family, type: u2, -nl-enum: linux_common.address_family}
      - {id: id_proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: id_pad, size: 1}
      - {id: new_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: new_daddr_a6_rest, size: 12}
      - {id: new_saddr_a4, size: 4, -nl-type: ipv4}
      - {id: new_saddr_a6_rest, size: 12}
      - {id: old_mark_v, type: u4}
      - {id: old_mark_m, type: u4}
      - {id: new_sel_daddr_a4, size: 4, -nl-type: ipv4}
      - {id: new_sel_daddr_a6_rest, size: 12}
      - {id: new_sel_saddr_a4, size: 4, -nl-type: ipv4}
      - {id: new_sel_saddr_a6_rest, size: 12}
      - {id: new_sel_dport, type: u2be}
      - {id: new_sel_dport_mask, type: u2be}
      - {id: new_sel_sport, type: u2be}
      - {id: new_sel_sport_mask, type: u2be}
      - {id: new_sel_family, type: u2, -nl-enum: linux_common.address_family}
      - {id: new_sel_prefixlen_d, type: u1}
      - {id: new_sel_prefixlen_s, type: u1}
      - {id: new_sel_proto, type: u1, -nl-enum: sock_diag_inet.ip_protocol}
      - {id: new_sel_pad, size: 3}
      - {id: new_sel_ifindex, type: s4}
      - {id: new_sel_user, type: u4}
      - {id: new_reqid, type: u4}
      - {id: flags, type: u4, -nl-flags: xfrm_migrate_state_flags}
      - {id: new_family, type: u2, -nl-enum: linux_common.address_family}
      - {id: reserved, type: u2}
  xfrm_user_kmaddress:
    doc: "struct xfrm_user_kmaddress (40 bytes)"
    seq:
      - {id: local_a4, size: 4, -nl-type: ipv4}
      - {id: local_a6_rest, size: 12}
      - {id: remote_a4, size: 4, -nl-type: ipv4}
      - {id: remote_a6_rest, size: 12}
      - {id: reserved, type: u4}
      - {id: family, type: u2, -nl-enum: linux_common.address_family}
      - {id: pad, size: 2}
  xfrm_mark:
    doc: "struct xfrm_mark (8 bytes)"
    seq:
      - {id: v, type: u4}
      - {id: m, type: u4}
  xfrm_address_filter:
    doc: "struct xfrm_address_filter (36 bytes)"
    seq:
      - {id: saddr_a4, size: 4, -nl-type: ipv4}
      - {id: saddr_a6_rest, size: 12}
      - {id: daddr_a4, size: 4, -nl-type: ipv4}
      - {id: daddr_a6_rest, size: 12}
      - {id: family, type: u2, -nl-enum: linux_common.address_family}
      - {id: splen, type: u1}
      - {id: dplen, type: u1}
  xfrm_user_offload:
    doc: "struct xfrm_user_offload (8 bytes)"
    seq:
      - {id: ifindex, type: s4}
      - {id: flags, type: u1, -nl-flags: xfrm_offload_flag}
      - {id: pad, size: 3}
  xfrm_address:
    doc: "xfrm_address_t (16 bytes)"
    seq:
      - {id: addr_a4, size: 4, -nl-type: ipv4}
      - {id: addr_a6_rest, size: 12}
  xfrmu_sadhinfo:
    doc: "struct xfrmu_sadhinfo (8 bytes)"
    seq:
      - {id: sadhcnt, type: u4}
      - {id: sadhmcnt, type: u4}
  xfrmu_spdinfo:
    doc: "struct xfrmu_spdinfo (24 bytes)"
    seq:
      - {id: incnt, type: u4}
      - {id: outcnt, type: u4}
      - {id: fwdcnt, type: u4}
      - {id: inscnt, type: u4}
      - {id: outscnt, type: u4}
      - {id: fwdscnt, type: u4}
  xfrmu_spdhinfo:
    doc: "struct xfrmu_spdhinfo (8 bytes)"
    seq:
      - {id: spdhcnt, type: u4}
      - {id: spdhmcnt, type: u4}
  xfrmu_spdhthresh:
    doc: "struct xfrmu_spdhthresh (2 bytes)"
    seq:
      - {id: lbits, type: u1}
      - {id: rbits, type: u1}
enums:
  multicast_groups:
    # enum xfrm_nlgroups (linux/xfrm.h): group N is bit N-1 of nl_groups, or
    # NETLINK_ADD_MEMBERSHIP N. -nl-group on a message type of xfrm_msg_type names the group
    # the kernel notifies that type to (net/xfrm/xfrm_user.c, each through
    # xfrm_nlmsg_multicast): SA changes from xfrm_notify_sa / xfrm_notify_sa_flush, policy
    # changes from xfrm_notify_policy / xfrm_notify_policy_flush, a changed default policy
    # (XFRM_MSG_GETDEFAULT, from xfrm_notify_userpolicy) to the policy group too;
    # XFRM_MSG_EXPIRE (xfrm_exp_state_notify) and XFRM_MSG_POLEXPIRE (xfrm_exp_policy_notify)
    # both to the expire group; XFRM_MSG_NEWAE from xfrm_aevent_state_notify, XFRM_MSG_ACQUIRE
    # from xfrm_send_acquire, XFRM_MSG_REPORT from xfrm_send_report, XFRM_MSG_MIGRATE from
    # xfrm_send_migrate, XFRM_MSG_MAPPING from xfrm_send_mapping.
    0: xfrmnlgrp_none
    1: xfrmnlgrp_acquire
    2: xfrmnlgrp_expire
    3: xfrmnlgrp_sa
    4: xfrmnlgrp_policy
    5: xfrmnlgrp_aevents
    6: xfrmnlgrp_report
    7: xfrmnlgrp_migrate
    8: xfrmnlgrp_mapping
  xfrm_msg_type:
    0x10: {id: xfrm_msg_newsa, -nl-kind: new, -nl-fixed-header: xfrm_message.xfrm_usersa_info, -nl-attrs: xfrm_message.xfrma_attr, -nl-group: xfrmnlgrp_sa}
    0x11: {id: xfrm_msg_delsa, -nl-kind: delete, -nl-fixed-header: xfrm_message.xfrm_usersa_id, -nl-attrs: xfrm_message.xfrma_attr, -nl-group: xfrmnlgrp_sa}
    0x12: {id: xfrm_msg_getsa, -nl-kind: get, -nl-fixed-header: xfrm_message.xfrm_usersa_id, -nl-attrs: xfrm_message.xfrma_attr, -nl-dump-header: none}
    0x13: {id: xfrm_msg_newpolicy, -nl-kind: new, -nl-fixed-header: xfrm_message.xfrm_userpolicy_info, -nl-attrs: xfrm_message.xfrma_attr, -nl-group: xfrmnlgrp_policy}
    0x14: {id: xfrm_msg_delpolicy, -nl-kind: delete, -nl-fixed-header: xfrm_message.xfrm_userpolicy_id, -nl-attrs: xfrm_message.xfrma_attr, -nl-group: xfrmnlgrp_policy}
    0x15: {id: xfrm_msg_getpolicy, -nl-kind: get, -nl-fixed-header: xfrm_message.xfrm_userpolicy_id, -nl-attrs: xfrm_message.xfrma_attr, -nl-dump-header: none}
    0x16: {id: xfrm_msg_allocspi, -nl-kind: new, -nl-fixed-header: xfrm_message.xfrm_userspi_info, -nl-attrs: xfrm_message.xfrma_attr}
    0x17: {id: xfrm_msg_acquire, -nl-kind: other, -nl-fixed-header: xfrm_message.xfrm_user_acquire, -nl-attrs: xfrm_message.xfrma_attr, -nl-group: xfrmnlgrp_acquire}
    0x18: {id: xfrm_msg_expire, -nl-kind: other, -nl-fixed-header: xfrm_message.xfrm_user_expire, -nl-attrs: xfrm_message.xfrma_attr, -nl-group: xfrmnlgrp_expire}
    0x19: {id: xfrm_msg_updpolicy, -nl-kind: new, -nl-fixed-header: xfrm_message.xfrm_userpolicy_info, -nl-attrs: xfrm_message.xfrma_attr, -nl-group: xfrmnlgrp_policy}
    0x1a: {id: xfrm_msg_updsa, -nl-kind: new, -nl-fixed-header: xfrm_message.xfrm_usersa_info, -nl-attrs: xfrm_message.xfrma_attr, -nl-group: xfrmnlgrp_sa}
    0x1b: {id: xfrm_msg_polexpire, -nl-kind: other, -nl-fixed-header: xfrm_message.xfrm_user_polexpire, -nl-attrs: xfrm_message.xfrma_attr, -nl-group: xfrmnlgrp_expire}
    0x1c: {id: xfrm_msg_flushsa, -nl-kind: delete, -nl-fixed-header: xfrm_message.xfrm_usersa_flush, -nl-attrs: xfrm_message.xfrma_attr, -nl-short-header: xfrm_message.xfrm_usersa_flush, -nl-group: xfrmnlgrp_sa}
    0x1d: {id: xfrm_msg_flushpolicy, -nl-kind: delete, -nl-attrs: xfrm_message.xfrma_attr, -nl-group: xfrmnlgrp_policy}
    0x1e: {id: xfrm_msg_newae, -nl-kind: new, -nl-fixed-header: xfrm_message.xfrm_aevent_id, -nl-attrs: xfrm_message.xfrma_attr, -nl-group: xfrmnlgrp_aevents}
    0x1f: {id: xfrm_msg_getae, -nl-kind: get, -nl-fixed-header: xfrm_message.xfrm_aevent_id, -nl-attrs: xfrm_message.xfrma_attr}
    0x20: {id: xfrm_msg_report, -nl-kind: other, -nl-fixed-header: xfrm_message.xfrm_user_report, -nl-attrs: xfrm_message.xfrma_attr, -nl-group: xfrmnlgrp_report}
    0x21: {id: xfrm_msg_migrate, -nl-kind: other, -nl-fixed-header: xfrm_message.xfrm_userpolicy_id, -nl-attrs: xfrm_message.xfrma_attr, -nl-group: xfrmnlgrp_migrate}
    0x22: {id: xfrm_msg_newsadinfo, -nl-kind: new, -nl-fixed-header: xfrm_message.xfrm_info_flags, -nl-attrs: xfrm_message.xfrma_sad_attr}
    0x23: {id: xfrm_msg_getsadinfo, -nl-kind: get, -nl-fixed-header: xfrm_message.xfrm_info_flags, -nl-attrs: xfrm_message.xfrma_sad_attr}
    0x24: {id: xfrm_msg_newspdinfo, -nl-kind: new, -nl-fixed-header: xfrm_message.xfrm_info_flags, -nl-attrs: xfrm_message.xfrma_spd_attr}
    0x25: {id: xfrm_msg_getspdinfo, -nl-kind: get, -nl-fixed-header: xfrm_message.xfrm_info_flags, -nl-attrs: xfrm_message.xfrma_spd_attr}
    0x26: {id: xfrm_msg_mapping, -nl-kind: other, -nl-fixed-header: xfrm_message.xfrm_user_mapping, -nl-attrs: xfrm_message.xfrma_attr, -nl-group: xfrmnlgrp_mapping}
    0x27: {id: xfrm_msg_setdefault, -nl-kind: new, -nl-fixed-header: xfrm_message.xfrm_userpolicy_default, -nl-attrs: xfrm_message.xfrma_attr, -nl-short-header: xfrm_message.xfrm_userpolicy_default}
    0x28: {id: xfrm_msg_getdefault, -nl-kind: get, -nl-fixed-header: xfrm_message.xfrm_userpolicy_default, -nl-attrs: xfrm_message.xfrma_attr, -nl-short-header: xfrm_message.xfrm_userpolicy_default, -nl-group: xfrmnlgrp_policy}
    0x29: {id: xfrm_msg_migrate_state, -nl-kind: new, -nl-fixed-header: xfrm_message.xfrm_user_migrate_state, -nl-attrs: xfrm_message.xfrma_attr, doc: "7.2: moves one SA to new addresses, selector and reqid"}
  xfrma_attr:
    0: {id: xfrma_unspec, -nl-type: binary}
    1: {id: xfrma_alg_auth, -nl-type: struct, -nl-struct: xfrm_algo, -nl-tail: alg_key}
    2: {id: xfrma_alg_crypt, -nl-type: struct, -nl-struct: xfrm_algo, -nl-tail: alg_key}
    3: {id: xfrma_alg_comp, -nl-type: struct, -nl-struct: xfrm_algo, -nl-tail: alg_key}
    4: {id: xfrma_encap, -nl-type: struct, -nl-struct: xfrm_encap_tmpl}
    5: {id: xfrma_tmpl, -nl-type: struct, -nl-struct: xfrm_user_tmpl}
    6: {id: xfrma_sa, -nl-type: struct, -nl-struct: xfrm_usersa_info}
    7: {id: xfrma_policy, -nl-type: struct, -nl-struct: xfrm_userpolicy_info}
    8: {id: xfrma_sec_ctx, -nl-type: struct, -nl-struct: xfrm_user_sec_ctx}
    9: {id: xfrma_ltime_val, -nl-type: struct, -nl-struct: xfrm_lifetime_cur}
    10: {id: xfrma_replay_val, -nl-type: struct, -nl-struct: xfrm_replay_state}
    11: {id: xfrma_replay_thresh, -nl-type: u32}
    12: {id: xfrma_etimer_thresh, -nl-type: u32}
    13: {id: xfrma_srcaddr, -nl-type: struct, -nl-struct: xfrm_address}
    14: {id: xfrma_coaddr, -nl-type: struct, -nl-struct: xfrm_address}
    15: {id: xfrma_lastused, -nl-type: u64}
    16: {id: xfrma_policy_type, -nl-type: struct, -nl-struct: xfrm_userpolicy_type}
    17: {id: xfrma_migrate, -nl-type: struct, -nl-struct: xfrm_user_migrate}
    18: {id: xfrma_alg_aead, -nl-type: struct, -nl-struct: xfrm_algo_aead, -nl-tail: alg_key}
    19: {id: xfrma_kmaddress, -nl-type: struct, -nl-struct: xfrm_user_kmaddress}
    20: {id: xfrma_alg_auth_trunc, -nl-type: struct, -nl-struct: xfrm_algo_auth, -nl-tail: alg_key}
    21: {id: xfrma_mark, -nl-type: struct, -nl-struct: xfrm_mark}
    22: {id: xfrma_tfcpad, -nl-type: u32}
    23: {id: xfrma_replay_esn_val, -nl-type: struct, -nl-struct: xfrm_replay_state_esn}
    24: {id: xfrma_sa_extra_flags, -nl-type: u32, -nl-flags: xfrm_sa_xflag}
    25: {id: xfrma_proto, -nl-type: u8, -nl-enum: sock_diag_inet.ip_protocol}
    26: {id: xfrma_address_filter, -nl-type: struct, -nl-struct: xfrm_address_filter}
    27: {id: xfrma_pad, -nl-type: binary}
    28: {id: xfrma_offload_dev, -nl-type: struct, -nl-struct: xfrm_user_offload}
    29: {id: xfrma_set_mark, -nl-type: u32}
    30: {id: xfrma_set_mark_mask, -nl-type: u32}
    31: {id: xfrma_if_id, -nl-type: u32}
    32: {id: xfrma_mtimer_thresh, -nl-type: u32}
    33: {id: xfrma_sa_dir, -nl-type: u8, -nl-enum: xfrm_sa_dir}
    34: {id: xfrma_nat_keepalive_interval, -nl-type: u32}
    35: {id: xfrma_sa_pcpu, -nl-type: u32}
    36: {id: xfrma_iptfs_drop_time, -nl-type: u32}
    37: {id: xfrma_iptfs_reorder_window, -nl-type: u16}
    38: {id: xfrma_iptfs_dont_frag, -nl-type: flag}
    39: {id: xfrma_iptfs_init_delay, -nl-type: u32}
    40: {id: xfrma_iptfs_max_qsize, -nl-type: u32}
    41: {id: xfrma_iptfs_pkt_size, -nl-type: u32}
  xfrma_sad_attr:
    0: {id: xfrma_sad_unspec, -nl-type: binary}
    1: {id: xfrma_sad_cnt, -nl-type: u32}
    2: {id: xfrma_sad_hinfo, -nl-type: struct, -nl-struct: xfrmu_sadhinfo}
  xfrma_spd_attr:
    0: {id: xfrma_spd_unspec, -nl-type: binary}
    1: {id: xfrma_spd_info, -nl-type: struct, -nl-struct: xfrmu_spdinfo}
    2: {id: xfrma_spd_hinfo, -nl-type: struct, -nl-struct: xfrmu_spdhinfo}
    3: {id: xfrma_spd_ipv4_hthresh, -nl-type: struct, -nl-struct: xfrmu_spdhthresh}
    4: {id: xfrma_spd_ipv6_hthresh, -nl-type: struct, -nl-struct: xfrmu_spdhthresh}
  xfrm_mode:
    0: xfrm_mode_transport
    1: xfrm_mode_tunnel
    2: xfrm_mode_routeoptimization
    3: xfrm_mode_in_trigger
    4: xfrm_mode_beet
    5: xfrm_mode_iptfs
  xfrm_sa_dir:
    1: xfrm_sa_dir_in
    2: xfrm_sa_dir_out
  xfrm_policy_dir:
    0: xfrm_policy_in
    1: xfrm_policy_out
    2: xfrm_policy_fwd
  xfrm_policy_action:
    0: xfrm_policy_allow
    1: xfrm_policy_block
  xfrm_policy_flag:
    0x1: xfrm_policy_localok
    0x2: xfrm_policy_icmp
    0x4: xfrm_policy_cpu_acquire
  xfrm_migrate_state_flags:
    # enum xfrm_migrate_state_flags: xfrm_user_migrate_state.flags (7.2)
    0x1: xfrm_migrate_state_clear_offload
    0x2: xfrm_migrate_state_update_h2h_sel
  xfrm_share:
    0: xfrm_share_any
    1: xfrm_share_session
    2: xfrm_share_user
    3: xfrm_share_unique
  xfrm_policy_type:
    0: xfrm_policy_type_main
    1: xfrm_policy_type_sub
    255: xfrm_policy_type_any
  xfrm_state_flag:
    0x1: xfrm_state_noecn
    0x2: xfrm_state_decap_dscp
    0x4: xfrm_state_nopmtudisc
    0x8: xfrm_state_wildrecv
    0x10: xfrm_state_icmp
    0x20: xfrm_state_af_unspec
    0x40: xfrm_state_align4
    0x80: xfrm_state_esn
  xfrm_sa_xflag:
    0x1: xfrm_sa_xflag_dont_encap_dscp
    0x2: xfrm_sa_xflag_oseq_may_wrap
  xfrm_ae_flag:
    0x1: xfrm_ae_rthr
    0x2: xfrm_ae_rval
    0x4: xfrm_ae_lval
    0x8: xfrm_ae_ethr
    0x10: xfrm_ae_cr
    0x20: xfrm_ae_ce
    0x40: xfrm_ae_cu
  xfrm_offload_flag:
    0x1: xfrm_offload_ipv6
    0x2: xfrm_offload_inbound
    0x4: xfrm_offload_packet
  xfrm_userpolicy_default_action:
    0: xfrm_userpolicy_unspec
    1: xfrm_userpolicy_block
    2: xfrm_userpolicy_accept
