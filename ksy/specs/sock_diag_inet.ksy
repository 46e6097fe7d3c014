meta:
  id: sock_diag_inet
  title: "sock_diag for AF_INET/AF_INET6: inet_diag_req_v2, inet_diag_msg, INET_DIAG_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  TCP, UDP, raw ... sockets (inet_diag). struct inet_diag_sockid is flattened into the request
  and reply structs: ports are big-endian; the addresses are four __be32, the IPv4 address in
  the first (so there is one struct per family: *_v4 names the first 4 bytes as the address and
  the other 12 as padding, *_v6 the 16 bytes).

  idiag_state is the kernel's TCP state (enum in include/net/tcp_states.h, which is not UAPI;
  the values are those of /usr/include/netinet/tcp.h, which mirrors them; the kernel-internal
  TCP_NEW_SYN_RECV (12) is never reported). idiag_states in requests is a mask of 1 << state.
doc-ref: /usr/include/linux/inet_diag.h, /usr/include/linux/tcp.h, /usr/include/netinet/tcp.h, /usr/include/linux/in.h, /usr/include/linux/in6.h
params:
  - id: is_le
    type: bool
types:
  inet_diag_req_v2_v4:
    doc: struct inet_diag_req_v2 (sockid flattened, AF_INET addresses)
    seq:
      - {id: sdiag_family, type: u1, -nl-enum: linux_common.address_family}
      - {id: sdiag_protocol, type: u1, -nl-enum: ip_protocol}
      - {id: idiag_ext, type: u1, -nl-flags: inet_diag_ext}
      - {id: pad, type: u1}
      - {id: idiag_states, type: u4, -nl-flags: tcp_state_bits}
      - {id: idiag_sport, type: u2be}
      - {id: idiag_dport, type: u2be}
      - {id: idiag_src, size: 4, -nl-type: ipv4}
      - {id: idiag_src_pad, size: 12}
      - {id: idiag_dst, size: 4, -nl-type: ipv4}
      - {id: idiag_dst_pad, size: 12}
      - {id: idiag_if, type: u4}
      - {id: idiag_cookie, size: 8}
  inet_diag_msg_v4:
    doc: struct inet_diag_msg (sockid flattened, AF_INET addresses)
    seq:
      - {id: idiag_family, type: u1, -nl-enum: linux_common.address_family}
      - {id: idiag_state, type: u1, -nl-enum: tcp_state}
      - {id: idiag_timer, type: u1}
      - {id: idiag_retrans, type: u1}
      - {id: idiag_sport, type: u2be}
      - {id: idiag_dport, type: u2be}
      - {id: idiag_src, size: 4, -nl-type: ipv4}
      - {id: idiag_src_pad, size: 12}
      - {id: idiag_dst, size: 4, -nl-type: ipv4}
      - {id: idiag_dst_pad, size: 12}
      - {id: idiag_if, type: u4}
      - {id: idiag_cookie, size: 8}
      - {id: idiag_expires, type: u4}
      - {id: idiag_rqueue, type: u4}
      - {id: idiag_wqueue, type: u4}
      - {id: idiag_uid, type: u4}
      - {id: idiag_inode, type: u4}
  inet_diag_req_v2_v6:
    doc: struct inet_diag_req_v2 (sockid flattened, AF_INET6 addresses)
    seq:
      - {id: sdiag_family, type: u1, -nl-enum: linux_common.address_family}
      - {id: sdiag_protocol, type: u1, -nl-enum: ip_protocol}
      - {id: idiag_ext, type: u1, -nl-flags: inet_diag_ext}
      - {id: pad, type: u1}
      - {id: idiag_states, type: u4, -nl-flags: tcp_state_bits}
      - {id: idiag_sport, type: u2be}
      - {id: idiag_dport, type: u2be}
      - {id: idiag_src, size: 16, -nl-type: ipv6}
      - {id: idiag_dst, size: 16, -nl-type: ipv6}
      - {id: idiag_if, type: u4}
      - {id: idiag_cookie, size: 8}
  inet_diag_msg_v6:
    doc: struct inet_diag_msg (sockid flattened, AF_INET6 addresses)
    seq:
      - {id: idiag_family, type: u1, -nl-enum: linux_common.address_family}
      - {id: idiag_state, type: u1, -nl-enum: tcp_state}
      - {id: idiag_timer, type: u1}
      - {id: idiag_retrans, type: u1}
      - {id: idiag_sport, type: u2be}
      - {id: idiag_dport, type: u2be}
      - {id: idiag_src, size: 16, -nl-type: ipv6}
      - {id: idiag_dst, size: 16, -nl-type: ipv6}
      - {id: idiag_if, type: u4}
      - {id: idiag_cookie, size: 8}
      - {id: idiag_expires, type: u4}
      - {id: idiag_rqueue, type: u4}
      - {id: idiag_wqueue, type: u4}
      - {id: idiag_uid, type: u4}
      - {id: idiag_inode, type: u4}
  inet_diag_req_v4:
    doc: struct inet_diag_req, the old request of TCPDIAG_GETSOCK / DCCPDIAG_GETSOCK (sockid flattened)
    seq:
      - {id: idiag_family, type: u1, -nl-enum: linux_common.address_family}
      - {id: idiag_src_len, type: u1}
      - {id: idiag_dst_len, type: u1}
      - {id: idiag_ext, type: u1, -nl-flags: inet_diag_ext}
      - {id: idiag_sport, type: u2be}
      - {id: idiag_dport, type: u2be}
      - {id: idiag_src, size: 4, -nl-type: ipv4}
      - {id: idiag_src_pad, size: 12}
      - {id: idiag_dst, size: 4, -nl-type: ipv4}
      - {id: idiag_dst_pad, size: 12}
      - {id: idiag_if, type: u4}
      - {id: idiag_cookie, size: 8}
      - {id: idiag_states, type: u4, -nl-flags: tcp_state_bits}
      - {id: idiag_dbs, type: u4}
  inet_diag_req_v6:
    doc: struct inet_diag_req, the old request of TCPDIAG_GETSOCK / DCCPDIAG_GETSOCK (sockid flattened)
    seq:
      - {id: idiag_family, type: u1, -nl-enum: linux_common.address_family}
      - {id: idiag_src_len, type: u1}
      - {id: idiag_dst_len, type: u1}
      - {id: idiag_ext, type: u1, -nl-flags: inet_diag_ext}
      - {id: idiag_sport, type: u2be}
      - {id: idiag_dport, type: u2be}
      - {id: idiag_src, size: 16, -nl-type: ipv6}
      - {id: idiag_dst, size: 16, -nl-type: ipv6}
      - {id: idiag_if, type: u4}
      - {id: idiag_cookie, size: 8}
      - {id: idiag_states, type: u4, -nl-flags: tcp_state_bits}
      - {id: idiag_dbs, type: u4}
  inet_diag_meminfo:
    doc: struct inet_diag_meminfo (INET_DIAG_MEMINFO)
    seq:
      - {id: idiag_rmem, type: u4}
      - {id: idiag_wmem, type: u4}
      - {id: idiag_fmem, type: u4}
      - {id: idiag_tmem, type: u4}
  tcpvegas_info:
    doc: struct tcpvegas_info (INET_DIAG_VEGASINFO)
    seq:
      - {id: tcpv_enabled, type: u4}
      - {id: tcpv_rttcnt, type: u4}
      - {id: tcpv_rtt, type: u4}
      - {id: tcpv_minrtt, type: u4}
  tcp_dctcp_info:
    doc: struct tcp_dctcp_info (INET_DIAG_DCTCPINFO)
    seq:
      - {id: dctcp_enabled, type: u2}
      - {id: dctcp_ce_state, type: u2}
      - {id: dctcp_alpha, type: u4}
      - {id: dctcp_ab_ecn, type: u4}
      - {id: dctcp_ab_tot, type: u4}
  tcp_bbr_info:
    doc: struct tcp_bbr_info (INET_DIAG_BBRINFO)
    seq:
      - {id: bbr_bw_lo, type: u4}
      - {id: bbr_bw_hi, type: u4}
      - {id: bbr_min_rtt, type: u4}
      - {id: bbr_pacing_gain, type: u4}
      - {id: bbr_cwnd_gain, type: u4}
  inet_diag_sockopt:
    doc: struct inet_diag_sockopt (INET_DIAG_SOCKOPT), two bytes of bit fields
    seq:
      - {id: sockopt_bits1, type: u1, -nl-flags: inet_diag_sockopt_bits1}
      - {id: sockopt_bits2, type: u1, -nl-flags: inet_diag_sockopt_bits2}
  tcp_info:
    doc: |
      struct tcp_info (linux/tcp.h), INET_DIAG_INFO of a TCP socket. The two bytes of bit
      fields are one field each: tcpi_snd_wscale (low 4 bits) and tcpi_rcv_wscale (high 4);
      tcpi_delivery_rate_app_limited (bit 0) and tcpi_fastopen_client_fail (bits 1-2); the last
      word, tcpi_ecn_accecn_options2, holds tcpi_ecn_mode (bits 0-1), tcpi_accecn_opt_seen (2-3),
      tcpi_accecn_fail_mode (4-7) and tcpi_options2 (8-31). Members as of 7.2; an older kernel
      sends fewer (6.1 ends at tcpi_snd_wnd, 6.12 at tcpi_total_rto_time).
    -nl-grows: true
    seq:
      - {id: tcpi_state, type: u1, -nl-enum: tcp_state}
      - {id: tcpi_ca_state, type: u1, -nl-enum: tcp_ca_state}
      - {id: tcpi_retransmits, type: u1}
      - {id: tcpi_probes, type: u1}
      - {id: tcpi_backoff, type: u1}
      - {id: tcpi_options, type: u1, -nl-flags: tcpi_opt}
      - {id: tcpi_snd_rcv_wscale, type: u1}
      - {id: tcpi_app_limited_fastopen_fail, type: u1}
      - {id: tcpi_rto, type: u4}
      - {id: tcpi_ato, type: u4}
      - {id: tcpi_snd_mss, type: u4}
      - {id: tcpi_rcv_mss, type: u4}
      - {id: tcpi_unacked, type: u4}
      - {id: tcpi_sacked, type: u4}
      - {id: tcpi_lost, type: u4}
      - {id: tcpi_retrans, type: u4}
      - {id: tcpi_fackets, type: u4}
      - {id: tcpi_last_data_sent, type: u4}
      - {id: tcpi_last_ack_sent, type: u4}
      - {id: tcpi_last_data_recv, type: u4}
      - {id: tcpi_last_ack_recv, type: u4}
      - {id: tcpi_pmtu, type: u4}
      - {id: tcpi_rcv_ssthresh, type: u4}
      - {id: tcpi_rtt, type: u4}
      - {id: tcpi_rttvar, type: u4}
      - {id: tcpi_snd_ssthresh, type: u4}
      - {id: tcpi_snd_cwnd, type: u4}
      - {id: tcpi_advmss, type: u4}
      - {id: tcpi_reordering, type: u4}
      - {id: tcpi_rcv_rtt, type: u4}
      - {id: tcpi_rcv_space, type: u4}
      - {id: tcpi_total_retrans, type: u4}
      - {id: tcpi_pacing_rate, type: u8}
      - {id: tcpi_max_pacing_rate, type: u8}
      - {id: tcpi_bytes_acked, type: u8}
      - {id: tcpi_bytes_received, type: u8}
      - {id: tcpi_segs_out, type: u4}
      - {id: tcpi_segs_in, type: u4}
      - {id: tcpi_notsent_bytes, type: u4}
      - {id: tcpi_min_rtt, type: u4}
      - {id: tcpi_data_segs_in, type: u4}
      - {id: tcpi_data_segs_out, type: u4}
      - {id: tcpi_delivery_rate, type: u8}
      - {id: tcpi_busy_time, type: u8}
      - {id: tcpi_rwnd_limited, type: u8}
      - {id: tcpi_sndbuf_limited, type: u8}
      - {id: tcpi_delivered, type: u4}
      - {id: tcpi_delivered_ce, type: u4}
      - {id: tcpi_bytes_sent, type: u8}
      - {id: tcpi_bytes_retrans, type: u8}
      - {id: tcpi_dsack_dups, type: u4}
      - {id: tcpi_reord_seen, type: u4}
      - {id: tcpi_rcv_ooopack, type: u4}
      - {id: tcpi_snd_wnd, type: u4}
      - {id: tcpi_rcv_wnd, type: u4}
      - {id: tcpi_rehash, type: u4}
      - {id: tcpi_total_rto, type: u2}
      - {id: tcpi_total_rto_recoveries, type: u2}
      - {id: tcpi_total_rto_time, type: u4}
      - {id: tcpi_received_ce, type: u4}
      - {id: tcpi_delivered_e1_bytes, type: u4}
      - {id: tcpi_delivered_e0_bytes, type: u4}
      - {id: tcpi_delivered_ce_bytes, type: u4}
      - {id: tcpi_received_e1_bytes, type: u4}
      - {id: tcpi_received_e0_bytes, type: u4}
      - {id: tcpi_received_ce_bytes, type: u4}
      - {id: tcpi_ecn_accecn_options2, type: u4}
enums:
  tcp_state:
    # values of /usr/include/netinet/tcp.h (the kernel's include/net/tcp_states.h is not UAPI)
    1: tcp_established
    2: tcp_syn_sent
    3: tcp_syn_recv
    4: tcp_fin_wait1
    5: tcp_fin_wait2
    6: tcp_time_wait
    7: tcp_close
    8: tcp_close_wait
    9: tcp_last_ack
    10: tcp_listen
    11: tcp_closing
  tcp_state_bits:
    # 1 << state (TCPF_* in include/net/tcp_states.h)
    0x2: tcpf_established
    0x4: tcpf_syn_sent
    0x8: tcpf_syn_recv
    0x10: tcpf_fin_wait1
    0x20: tcpf_fin_wait2
    0x40: tcpf_time_wait
    0x80: tcpf_close
    0x100: tcpf_close_wait
    0x200: tcpf_last_ack
    0x400: tcpf_listen
    0x800: tcpf_closing
  tcp_ca_state:
    # enum tcp_ca_state, linux/tcp.h
    0: tcp_ca_open
    1: tcp_ca_disorder
    2: tcp_ca_cwr
    3: tcp_ca_recovery
    4: tcp_ca_loss
  tcpi_opt:
    # TCPI_OPT_*, linux/tcp.h
    0x1: tcpi_opt_timestamps
    0x2: tcpi_opt_sack
    0x4: tcpi_opt_wscale
    0x8: tcpi_opt_ecn
    0x10: tcpi_opt_ecn_seen
    0x20: tcpi_opt_syn_data
    0x40: tcpi_opt_usec_ts
    0x80: tcpi_opt_tfo_child
  inet_diag_ext:
    # idiag_ext: bit (INET_DIAG_x - 1) asks for attribute INET_DIAG_x
    0x1: inet_diag_meminfo
    0x2: inet_diag_info
    0x4: inet_diag_vegasinfo
    0x8: inet_diag_cong
    0x10: inet_diag_tos
    0x20: inet_diag_tclass
    0x40: inet_diag_skmeminfo
    0x80: inet_diag_shutdown
  inet_diag_sockopt_bits1:
    0x1: recverr
    0x2: is_icsk
    0x4: freebind
    0x8: hdrincl
    0x10: mc_loop
    0x20: transparent
    0x40: mc_all
    0x80: nodefrag
  inet_diag_sockopt_bits2:
    0x1: bind_address_no_port
    0x2: recverr_rfc4884
    0x4: defer_connect
  ip_protocol:
    # IPPROTO_*, linux/in.h (ICMPV6: linux/in6.h)
    0: ipproto_ip
    1: ipproto_icmp
    2: ipproto_igmp
    4: ipproto_ipip
    6: ipproto_tcp
    8: ipproto_egp
    12: ipproto_pup
    17: ipproto_udp
    22: ipproto_idp
    29: ipproto_tp
    33: ipproto_dccp
    41: ipproto_ipv6
    46: ipproto_rsvp
    47: ipproto_gre
    50: ipproto_esp
    51: ipproto_ah
    58: ipproto_icmpv6
    92: ipproto_mtp
    94: ipproto_beetph
    98: ipproto_encap
    103: ipproto_pim
    108: ipproto_comp
    115: ipproto_l2tp
    132: ipproto_sctp
    136: ipproto_udplite
    137: ipproto_mpls
    143: ipproto_ethernet
    144: ipproto_aggfrag
    255: ipproto_raw
    256: ipproto_smc
    262: ipproto_mptcp
  inet_diag_req_attr:
    0: {id: inet_diag_req_none, -nl-type: binary}
    1: {id: inet_diag_req_bytecode, -nl-type: binary}
    2: {id: inet_diag_req_sk_bpf_storages, -nl-type: binary}
    3: {id: inet_diag_req_protocol, -nl-type: u32, -nl-enum: ip_protocol}
  inet_ulp_info_attr:
    0: {id: inet_ulp_info_unspec, -nl-type: binary}
    1: {id: inet_ulp_info_name, -nl-type: string}
    2: {id: inet_ulp_info_tls, -nl-type: binary}
    3: {id: inet_ulp_info_mptcp, -nl-type: binary}
  # replies; INET_DIAG_INFO is protocol-specific (tcp_info for TCP, sctp_info, mptcp_info ...)
  inet_diag_attr:
    0: {id: inet_diag_none, -nl-type: binary}
    1: {id: inet_diag_meminfo, -nl-type: struct, -nl-struct: inet_diag_meminfo}
    2: {id: inet_diag_info, -nl-type: binary}
    3: {id: inet_diag_vegasinfo, -nl-type: struct, -nl-struct: tcpvegas_info}
    4: {id: inet_diag_cong, -nl-type: string}
    5: {id: inet_diag_tos, -nl-type: u8}
    6: {id: inet_diag_tclass, -nl-type: u8}
    7: {id: inet_diag_skmeminfo, -nl-type: struct, -nl-struct: sock_diag_message.sk_meminfo}
    8: {id: inet_diag_shutdown, -nl-type: u8}
    9: {id: inet_diag_dctcpinfo, -nl-type: struct, -nl-struct: tcp_dctcp_info}
    10: {id: inet_diag_protocol, -nl-type: u8, -nl-enum: ip_protocol}
    11: {id: inet_diag_skv6only, -nl-type: u8}
    12: {id: inet_diag_locals, -nl-type: binary}
    13: {id: inet_diag_peers, -nl-type: binary}
    14: {id: inet_diag_pad, -nl-type: binary}
    15: {id: inet_diag_mark, -nl-type: u32}
    16: {id: inet_diag_bbrinfo, -nl-type: struct, -nl-struct: tcp_bbr_info}
    17: {id: inet_diag_class_id, -nl-type: u32}
    18: {id: inet_diag_md5sig, -nl-type: binary}
    19: {id: inet_diag_ulp_info, -nl-type: nest, -nl-nest: inet_ulp_info_attr}
    20: {id: inet_diag_sk_bpf_storages, -nl-type: binary}
    21: {id: inet_diag_cgroup_id, -nl-type: u64}
    22: {id: inet_diag_sockopt, -nl-type: struct, -nl-struct: inet_diag_sockopt}
  inet_diag_tcp_attr:
    0: {id: inet_diag_none, -nl-type: binary}
    1: {id: inet_diag_meminfo, -nl-type: struct, -nl-struct: inet_diag_meminfo}
    2: {id: inet_diag_info, -nl-type: struct, -nl-struct: tcp_info}
    3: {id: inet_diag_vegasinfo, -nl-type: struct, -nl-struct: tcpvegas_info}
    4: {id: inet_diag_cong, -nl-type: string}
    5: {id: inet_diag_tos, -nl-type: u8}
    6: {id: inet_diag_tclass, -nl-type: u8}
    7: {id: inet_diag_skmeminfo, -nl-type: struct, -nl-struct: sock_diag_message.sk_meminfo}
    8: {id: inet_diag_shutdown, -nl-type: u8}
    9: {id: inet_diag_dctcpinfo, -nl-type: struct, -nl-struct: tcp_dctcp_info}
    10: {id: inet_diag_protocol, -nl-type: u8, -nl-enum: ip_protocol}
    11: {id: inet_diag_skv6only, -nl-type: u8}
    12: {id: inet_diag_locals, -nl-type: binary}
    13: {id: inet_diag_peers, -nl-type: binary}
    14: {id: inet_diag_pad, -nl-type: binary}
    15: {id: inet_diag_mark, -nl-type: u32}
    16: {id: inet_diag_bbrinfo, -nl-type: struct, -nl-struct: tcp_bbr_info}
    17: {id: inet_diag_class_id, -nl-type: u32}
    18: {id: inet_diag_md5sig, -nl-type: binary}
    19: {id: inet_diag_ulp_info, -nl-type: nest, -nl-nest: inet_ulp_info_attr}
    20: {id: inet_diag_sk_bpf_storages, -nl-type: binary}
    21: {id: inet_diag_cgroup_id, -nl-type: u64}
    22: {id: inet_diag_sockopt, -nl-type: struct, -nl-struct: inet_diag_sockopt}
