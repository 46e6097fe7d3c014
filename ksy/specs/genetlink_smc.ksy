meta:
  id: genetlink_smc
  title: "Generic netlink family SMC_GEN_NETLINK: SMC_NETLINK_*, SMC_GEN_*, SMC_NLA_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Shared Memory Communications (SMC-R over RDMA, SMC-D over ISM; the smc module, `smcr`/`smcd` of smc-tools; Linux
  7.2 headers). The family SMC_GEN_NETLINK answers, as dumps, the system's SMC versions and host name
  (GET_SYS_INFO), the link groups, links and devices of SMC-R and SMC-D, the connection statistics per technique
  (GET_STATS: counts of handshakes, buffer sizes, bytes) and the fallbacks to TCP by reason (GET_FBACK_STATS);
  it keeps the user EID table (ADD/REMOVE/FLUSH/DUMP_UEID: 32-character enterprise ids), the system EID
  (DUMP/ENABLE/DISABLE_SEID) and the handshake limitation (DUMP/ENABLE/DISABLE_HS_LIMITATION). Each GET answer holds
  one SMC_GEN_* nest. The value types are the header's comments (a "flag" *_PAD is the padding of 64-bit values).
  Debian's 7.2 kernel is built without SMC; 6.12's has it.
doc-ref: /usr/include/linux/smc.h
params:
  - id: is_le
    type: bool
enums:
  smc_netlink_cmd:
    1: {id: smc_netlink_get_sys_info, -nl-kind: get, -nl-attrs: smc_gen_attr}
    2: {id: smc_netlink_get_lgr_smcr, -nl-kind: get, -nl-attrs: smc_gen_attr}
    3: {id: smc_netlink_get_link_smcr, -nl-kind: get, -nl-attrs: smc_gen_attr}
    4: {id: smc_netlink_get_lgr_smcd, -nl-kind: get, -nl-attrs: smc_gen_attr}
    5: {id: smc_netlink_get_dev_smcd, -nl-kind: get, -nl-attrs: smc_gen_attr}
    6: {id: smc_netlink_get_dev_smcr, -nl-kind: get, -nl-attrs: smc_gen_attr}
    7: {id: smc_netlink_get_stats, -nl-kind: get, -nl-attrs: smc_gen_attr}
    8: {id: smc_netlink_get_fback_stats, -nl-kind: get, -nl-attrs: smc_gen_attr}
    9: {id: smc_netlink_dump_ueid, -nl-kind: get, -nl-attrs: smc_nla_eid_table}
    10: {id: smc_netlink_add_ueid, -nl-kind: new, -nl-attrs: smc_nla_eid_table}
    11: {id: smc_netlink_remove_ueid, -nl-kind: delete, -nl-attrs: smc_nla_eid_table}
    12: {id: smc_netlink_flush_ueid, -nl-kind: delete, -nl-attrs: smc_nla_eid_table}
    13: {id: smc_netlink_dump_seid, -nl-kind: get, -nl-attrs: smc_nla_seid}
    14: {id: smc_netlink_enable_seid, -nl-kind: new, -nl-attrs: smc_nla_seid}
    15: {id: smc_netlink_disable_seid, -nl-kind: new, -nl-attrs: smc_nla_seid}
    16: {id: smc_netlink_dump_hs_limitation, -nl-kind: get, -nl-attrs: smc_nla_hs_limitation}
    17: {id: smc_netlink_enable_hs_limitation, -nl-kind: new, -nl-attrs: smc_nla_hs_limitation}
    18: {id: smc_netlink_disable_hs_limitation, -nl-kind: new, -nl-attrs: smc_nla_hs_limitation}
  smc_gen_attr:
    0: {id: smc_gen_unspec, -nl-type: binary}
    1: {id: smc_gen_sys_info, -nl-type: nest, -nl-nest: smc_nla_sys}
    2: {id: smc_gen_lgr_smcr, -nl-type: nest, -nl-nest: smc_nla_lgr_r}
    3: {id: smc_gen_link_smcr, -nl-type: nest, -nl-nest: smc_nla_link}
    4: {id: smc_gen_lgr_smcd, -nl-type: nest, -nl-nest: smc_nla_lgr_d}
    5: {id: smc_gen_dev_smcd, -nl-type: nest, -nl-nest: smc_nla_dev}
    6: {id: smc_gen_dev_smcr, -nl-type: nest, -nl-nest: smc_nla_dev}
    7: {id: smc_gen_stats, -nl-type: nest, -nl-nest: smc_nla_stats}
    8: {id: smc_gen_fback_stats, -nl-type: nest, -nl-nest: smc_nla_fback_stats}
  smc_nla_sys:
    0: {id: smc_nla_sys_unspec, -nl-type: binary}
    1: {id: smc_nla_sys_ver, -nl-type: u8}
    2: {id: smc_nla_sys_rel, -nl-type: u8}
    3: {id: smc_nla_sys_is_ism_v2, -nl-type: u8}
    4: {id: smc_nla_sys_local_host, -nl-type: string}
    5: {id: smc_nla_sys_seid, -nl-type: string}
    6: {id: smc_nla_sys_is_smcr_v2, -nl-type: u8}
  smc_nla_lgr_v2:
    # SMC_NLA_LGR_D_V2_COMMON and SMC_NLA_LGR_R_V2_COMMON: numbered from 0, no UNSPEC
    0: {id: smc_nla_lgr_v2_ver, -nl-type: u8}
    1: {id: smc_nla_lgr_v2_rel, -nl-type: u8}
    2: {id: smc_nla_lgr_v2_os, -nl-type: u8}
    3: {id: smc_nla_lgr_v2_neg_eid, -nl-type: string}
    4: {id: smc_nla_lgr_v2_peer_host, -nl-type: string}
  smc_nla_lgr_r_v2:
    0: {id: smc_nla_lgr_r_v2_unspec, -nl-type: binary}
    1: {id: smc_nla_lgr_r_v2_direct, -nl-type: u8}
    2: {id: smc_nla_lgr_r_v2_max_conns, -nl-type: u8}
    3: {id: smc_nla_lgr_r_v2_max_links, -nl-type: u8}
  smc_nla_lgr_r:
    0: {id: smc_nla_lgr_r_unspec, -nl-type: binary}
    1: {id: smc_nla_lgr_r_id, -nl-type: u32}
    2: {id: smc_nla_lgr_r_role, -nl-type: u8}
    3: {id: smc_nla_lgr_r_type, -nl-type: u8}
    4: {id: smc_nla_lgr_r_pnetid, -nl-type: string}
    5: {id: smc_nla_lgr_r_vlan_id, -nl-type: u8}
    6: {id: smc_nla_lgr_r_conns_num, -nl-type: u32}
    7: {id: smc_nla_lgr_r_v2_common, -nl-type: nest, -nl-nest: smc_nla_lgr_v2}
    8: {id: smc_nla_lgr_r_v2, -nl-type: nest, -nl-nest: smc_nla_lgr_r_v2}
    9: {id: smc_nla_lgr_r_net_cookie, -nl-type: u64}
    10: {id: smc_nla_lgr_r_pad, -nl-type: binary}
    11: {id: smc_nla_lgr_r_buf_type, -nl-type: u8}
    12: {id: smc_nla_lgr_r_sndbuf_alloc, -nl-type: uint}
    13: {id: smc_nla_lgr_r_rmb_alloc, -nl-type: uint}
  smc_nla_link:
    0: {id: smc_nla_link_unspec, -nl-type: binary}
    1: {id: smc_nla_link_id, -nl-type: u8}
    2: {id: smc_nla_link_ib_dev, -nl-type: string}
    3: {id: smc_nla_link_ib_port, -nl-type: u8}
    4: {id: smc_nla_link_gid, -nl-type: string}
    5: {id: smc_nla_link_peer_gid, -nl-type: string}
    6: {id: smc_nla_link_conn_cnt, -nl-type: u32}
    7: {id: smc_nla_link_net_dev, -nl-type: u32}
    8: {id: smc_nla_link_uid, -nl-type: u32}
    9: {id: smc_nla_link_peer_uid, -nl-type: u32}
    10: {id: smc_nla_link_state, -nl-type: u32}
  smc_nla_lgr_d:
    0: {id: smc_nla_lgr_d_unspec, -nl-type: binary}
    1: {id: smc_nla_lgr_d_id, -nl-type: u32}
    2: {id: smc_nla_lgr_d_gid, -nl-type: u64}
    3: {id: smc_nla_lgr_d_peer_gid, -nl-type: u64}
    4: {id: smc_nla_lgr_d_vlan_id, -nl-type: u8}
    5: {id: smc_nla_lgr_d_conns_num, -nl-type: u32}
    6: {id: smc_nla_lgr_d_pnetid, -nl-type: string}
    7: {id: smc_nla_lgr_d_chid, -nl-type: u16}
    8: {id: smc_nla_lgr_d_pad, -nl-type: binary}
    9: {id: smc_nla_lgr_d_v2_common, -nl-type: nest, -nl-nest: smc_nla_lgr_v2}
    10: {id: smc_nla_lgr_d_ext_gid, -nl-type: u64}
    11: {id: smc_nla_lgr_d_peer_ext_gid, -nl-type: u64}
    12: {id: smc_nla_lgr_d_sndbuf_alloc, -nl-type: uint}
    13: {id: smc_nla_lgr_d_dmb_alloc, -nl-type: uint}
  smc_nla_dev_port:
    0: {id: smc_nla_dev_port_unspec, -nl-type: binary}
    1: {id: smc_nla_dev_port_pnet_usr, -nl-type: u8}
    2: {id: smc_nla_dev_port_pnetid, -nl-type: string}
    3: {id: smc_nla_dev_port_netdev, -nl-type: u32}
    4: {id: smc_nla_dev_port_state, -nl-type: u8}
    5: {id: smc_nla_dev_port_valid, -nl-type: u8}
    6: {id: smc_nla_dev_port_lnk_cnt, -nl-type: u32}
  smc_nla_dev:
    0: {id: smc_nla_dev_unspec, -nl-type: binary}
    1: {id: smc_nla_dev_use_cnt, -nl-type: u32}
    2: {id: smc_nla_dev_is_crit, -nl-type: u8}
    3: {id: smc_nla_dev_pci_fid, -nl-type: u32}
    4: {id: smc_nla_dev_pci_chid, -nl-type: u16}
    5: {id: smc_nla_dev_pci_vendor, -nl-type: u16}
    6: {id: smc_nla_dev_pci_device, -nl-type: u16}
    7: {id: smc_nla_dev_pci_id, -nl-type: string}
    8: {id: smc_nla_dev_port, -nl-type: nest, -nl-nest: smc_nla_dev_port}
    9: {id: smc_nla_dev_port2, -nl-type: nest, -nl-nest: smc_nla_dev_port}
    10: {id: smc_nla_dev_ib_name, -nl-type: string}
  smc_nla_stats_pload:
    # the buffer and payload size histograms (SMC_NLA_STATS_T_*_RMB_SIZE, *PLOAD_SIZE): counts per size class
    0: {id: smc_nla_stats_pload_pad, -nl-type: binary}
    1: {id: smc_nla_stats_pload_8k, -nl-type: u64}
    2: {id: smc_nla_stats_pload_16k, -nl-type: u64}
    3: {id: smc_nla_stats_pload_32k, -nl-type: u64}
    4: {id: smc_nla_stats_pload_64k, -nl-type: u64}
    5: {id: smc_nla_stats_pload_128k, -nl-type: u64}
    6: {id: smc_nla_stats_pload_256k, -nl-type: u64}
    7: {id: smc_nla_stats_pload_512k, -nl-type: u64}
    8: {id: smc_nla_stats_pload_1024k, -nl-type: u64}
    9: {id: smc_nla_stats_pload_g_1024k, -nl-type: u64}
  smc_nla_stats_rmb:
    0: {id: smc_nla_stats_rmb_pad, -nl-type: binary}
    1: {id: smc_nla_stats_rmb_size_sm_peer_cnt, -nl-type: u64}
    2: {id: smc_nla_stats_rmb_size_sm_cnt, -nl-type: u64}
    3: {id: smc_nla_stats_rmb_full_peer_cnt, -nl-type: u64}
    4: {id: smc_nla_stats_rmb_full_cnt, -nl-type: u64}
    5: {id: smc_nla_stats_rmb_reuse_cnt, -nl-type: u64}
    6: {id: smc_nla_stats_rmb_alloc_cnt, -nl-type: u64}
    7: {id: smc_nla_stats_rmb_dgrade_cnt, -nl-type: u64}
  smc_nla_stats_t:
    # the statistics of one technique (SMC_NLA_STATS_SMCD_TECH, SMC_NLA_STATS_SMCR_TECH)
    0: {id: smc_nla_stats_t_pad, -nl-type: binary}
    1: {id: smc_nla_stats_t_tx_rmb_size, -nl-type: nest, -nl-nest: smc_nla_stats_pload}
    2: {id: smc_nla_stats_t_rx_rmb_size, -nl-type: nest, -nl-nest: smc_nla_stats_pload}
    3: {id: smc_nla_stats_t_txpload_size, -nl-type: nest, -nl-nest: smc_nla_stats_pload}
    4: {id: smc_nla_stats_t_rxpload_size, -nl-type: nest, -nl-nest: smc_nla_stats_pload}
    5: {id: smc_nla_stats_t_tx_rmb_stats, -nl-type: nest, -nl-nest: smc_nla_stats_rmb}
    6: {id: smc_nla_stats_t_rx_rmb_stats, -nl-type: nest, -nl-nest: smc_nla_stats_rmb}
    7: {id: smc_nla_stats_t_clnt_v1_succ, -nl-type: u64}
    8: {id: smc_nla_stats_t_clnt_v2_succ, -nl-type: u64}
    9: {id: smc_nla_stats_t_srv_v1_succ, -nl-type: u64}
    10: {id: smc_nla_stats_t_srv_v2_succ, -nl-type: u64}
    11: {id: smc_nla_stats_t_sendpage_cnt, -nl-type: u64}
    12: {id: smc_nla_stats_t_splice_cnt, -nl-type: u64}
    13: {id: smc_nla_stats_t_cork_cnt, -nl-type: u64}
    14: {id: smc_nla_stats_t_ndly_cnt, -nl-type: u64}
    15: {id: smc_nla_stats_t_urg_data_cnt, -nl-type: u64}
    16: {id: smc_nla_stats_t_rx_bytes, -nl-type: u64}
    17: {id: smc_nla_stats_t_tx_bytes, -nl-type: u64}
    18: {id: smc_nla_stats_t_rx_cnt, -nl-type: u64}
    19: {id: smc_nla_stats_t_tx_cnt, -nl-type: u64}
    20: {id: smc_nla_stats_t_rx_rmb_usage, -nl-type: uint}
    21: {id: smc_nla_stats_t_tx_rmb_usage, -nl-type: uint}
  smc_nla_stats:
    0: {id: smc_nla_stats_pad, -nl-type: binary}
    1: {id: smc_nla_stats_smcd_tech, -nl-type: nest, -nl-nest: smc_nla_stats_t}
    2: {id: smc_nla_stats_smcr_tech, -nl-type: nest, -nl-nest: smc_nla_stats_t}
    3: {id: smc_nla_stats_clnt_hs_err_cnt, -nl-type: u64}
    4: {id: smc_nla_stats_srv_hs_err_cnt, -nl-type: u64}
  smc_nla_fback_stats:
    0: {id: smc_nla_fback_stats_pad, -nl-type: binary}
    1: {id: smc_nla_fback_stats_type, -nl-type: u8}
    2: {id: smc_nla_fback_stats_srv_cnt, -nl-type: u64}
    3: {id: smc_nla_fback_stats_clnt_cnt, -nl-type: u64}
    4: {id: smc_nla_fback_stats_rsn_code, -nl-type: u32}
    5: {id: smc_nla_fback_stats_rsn_cnt, -nl-type: u16}
  smc_nla_eid_table:
    0: {id: smc_nla_eid_table_unspec, -nl-type: binary}
    1: {id: smc_nla_eid_table_entry, -nl-type: string, doc: "an EID: SMC_MAX_EID_LEN (32) characters, blank-padded"}
  smc_nla_seid:
    0: {id: smc_nla_seid_unspec, -nl-type: binary}
    1: {id: smc_nla_seid_entry, -nl-type: string}
    2: {id: smc_nla_seid_enabled, -nl-type: u8}
  smc_nla_hs_limitation:
    0: {id: smc_nla_hs_limitation_unspec, -nl-type: binary}
    1: {id: smc_nla_hs_limitation_enabled, -nl-type: u8}
