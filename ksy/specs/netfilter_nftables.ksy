meta:
  id: netfilter_nftables
  title: "nfnetlink nf_tables: NFT_MSG_* and NFTA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  nftables (nft, iptables-nft): tables, chains, rules, sets, generations. Integer attributes
  are big-endian (network order) throughout nf_tables. Rule expressions
  (NFTA_RULE_EXPRESSIONS) are a nest of NFTA_LIST_ELEM, each an expression: NFTA_EXPR_NAME
  and NFTA_EXPR_DATA, whose set depends on the name (payload, cmp, meta, counter, immediate,
  bitwise, lookup, match, target). NFTA_HOOK_HOOKNUM is named as NF_INET_* hooks (ip, ip6,
  inet families; other families number their hooks differently).
doc-ref: /usr/include/linux/netfilter/nf_tables.h, /usr/include/linux/netfilter.h, /usr/include/linux/netfilter/nf_tables_compat.h
params:
  - id: is_le
    type: bool
enums:
  multicast_groups:
    # enum nfnetlink_groups (linux/netfilter/nfnetlink.h), the groups of every nfnetlink
    # subsystem (group N is bit N-1 of nl_groups, or NETLINK_ADD_MEMBERSHIP N). -nl-group on a
    # message type of nft_msg_type names the group the kernel notifies that type to. The
    # kernel queues one message per committed change of a batch (nf_tables_table_notify,
    # _chain_, _rule_, _set_, _setelem_, _obj_, _flowtable_notify, then nft_commit_notify:
    # nfnetlink_send to NFNLGRP_NFTABLES) and closes it with NFT_MSG_NEWGEN
    # (nf_tables_gen_notify); `nft -e` gets the same messages back as its echo. Traced packets
    # (nftrace) go to NFNLGRP_NFTRACE (nft_trace_notify in nf_tables_trace.c).
    0: nfnlgrp_none
    1: nfnlgrp_conntrack_new
    2: nfnlgrp_conntrack_update
    3: nfnlgrp_conntrack_destroy
    4: nfnlgrp_conntrack_exp_new
    5: nfnlgrp_conntrack_exp_update
    6: nfnlgrp_conntrack_exp_destroy
    7: nfnlgrp_nftables
    8: nfnlgrp_acct_quota
    9: nfnlgrp_nftrace
  nft_msg_type:
    0: {id: nft_msg_newtable, -nl-kind: new, -nl-attrs: nfta_table_attr, -nl-group: nfnlgrp_nftables}
    1: {id: nft_msg_gettable, -nl-kind: get, -nl-attrs: nfta_table_attr}
    2: {id: nft_msg_deltable, -nl-kind: delete, -nl-attrs: nfta_table_attr, -nl-group: nfnlgrp_nftables}
    3: {id: nft_msg_newchain, -nl-kind: new, -nl-attrs: nfta_chain_attr, -nl-group: nfnlgrp_nftables}
    4: {id: nft_msg_getchain, -nl-kind: get, -nl-attrs: nfta_chain_attr}
    5: {id: nft_msg_delchain, -nl-kind: delete, -nl-attrs: nfta_chain_attr, -nl-group: nfnlgrp_nftables}
    6: {id: nft_msg_newrule, -nl-kind: new, -nl-attrs: nfta_rule_attr, -nl-group: nfnlgrp_nftables}
    7: {id: nft_msg_getrule, -nl-kind: get, -nl-attrs: nfta_rule_attr}
    8: {id: nft_msg_delrule, -nl-kind: delete, -nl-attrs: nfta_rule_attr, -nl-group: nfnlgrp_nftables}
    9: {id: nft_msg_newset, -nl-kind: new, -nl-attrs: nfta_set_attr, -nl-group: nfnlgrp_nftables}
    10: {id: nft_msg_getset, -nl-kind: get, -nl-attrs: nfta_set_attr}
    11: {id: nft_msg_delset, -nl-kind: delete, -nl-attrs: nfta_set_attr, -nl-group: nfnlgrp_nftables}
    12: {id: nft_msg_newsetelem, -nl-kind: new, -nl-attrs: nfta_set_elem_list_attr, -nl-group: nfnlgrp_nftables}
    13: {id: nft_msg_getsetelem, -nl-kind: get, -nl-attrs: nfta_set_elem_list_attr}
    14: {id: nft_msg_delsetelem, -nl-kind: delete, -nl-attrs: nfta_set_elem_list_attr, -nl-group: nfnlgrp_nftables}
    15: {id: nft_msg_newgen, -nl-kind: new, -nl-attrs: nfta_gen_attr, -nl-group: nfnlgrp_nftables}
    16: {id: nft_msg_getgen, -nl-kind: get, -nl-attrs: nfta_gen_attr}
    17: {id: nft_msg_trace, -nl-kind: other, -nl-group: nfnlgrp_nftrace}
    18: {id: nft_msg_newobj, -nl-kind: new, -nl-attrs: nfta_obj_attr, -nl-group: nfnlgrp_nftables}
    19: {id: nft_msg_getobj, -nl-kind: get, -nl-attrs: nfta_obj_attr}
    20: {id: nft_msg_delobj, -nl-kind: delete, -nl-attrs: nfta_obj_attr, -nl-group: nfnlgrp_nftables}
    21: {id: nft_msg_getobj_reset, -nl-kind: get, -nl-attrs: nfta_obj_attr}
    22: {id: nft_msg_newflowtable, -nl-kind: new, -nl-attrs: nfta_flowtable_attr, -nl-group: nfnlgrp_nftables}
    23: {id: nft_msg_getflowtable, -nl-kind: get, -nl-attrs: nfta_flowtable_attr}
    24: {id: nft_msg_delflowtable, -nl-kind: delete, -nl-attrs: nfta_flowtable_attr, -nl-group: nfnlgrp_nftables}
    # 7.2: the *_RESET gets and the DESTROY* deletes (a delete that does not fail when the object is gone)
    25: {id: nft_msg_getrule_reset, -nl-kind: get, -nl-attrs: nfta_rule_attr}
    26: {id: nft_msg_destroytable, -nl-kind: delete, -nl-attrs: nfta_table_attr, -nl-group: nfnlgrp_nftables}
    27: {id: nft_msg_destroychain, -nl-kind: delete, -nl-attrs: nfta_chain_attr, -nl-group: nfnlgrp_nftables}
    28: {id: nft_msg_destroyrule, -nl-kind: delete, -nl-attrs: nfta_rule_attr, -nl-group: nfnlgrp_nftables}
    29: {id: nft_msg_destroyset, -nl-kind: delete, -nl-attrs: nfta_set_attr, -nl-group: nfnlgrp_nftables}
    30: {id: nft_msg_destroysetelem, -nl-kind: delete, -nl-attrs: nfta_set_elem_list_attr, -nl-group: nfnlgrp_nftables}
    31: {id: nft_msg_destroyobj, -nl-kind: delete, -nl-attrs: nfta_obj_attr, -nl-group: nfnlgrp_nftables}
    32: {id: nft_msg_destroyflowtable, -nl-kind: delete, -nl-attrs: nfta_flowtable_attr, -nl-group: nfnlgrp_nftables}
    33: {id: nft_msg_getsetelem_reset, -nl-kind: get, -nl-attrs: nfta_set_elem_list_attr}
  nfta_table_attr:
    0: {id: nfta_table_unspec, -nl-type: binary}
    1: {id: nfta_table_name, -nl-type: string}
    2: {id: nfta_table_flags, -nl-type: u32, -nl-byte-order: big, -nl-flags: nft_table_flags}
    3: {id: nfta_table_use, -nl-type: u32, -nl-byte-order: big}
    4: {id: nfta_table_handle, -nl-type: u64, -nl-byte-order: big}
    5: {id: nfta_table_pad, -nl-type: binary}
    6: {id: nfta_table_userdata, -nl-type: binary}
    7: {id: nfta_table_owner, -nl-type: u32, -nl-byte-order: big}
  nfta_chain_attr:
    0: {id: nfta_chain_unspec, -nl-type: binary}
    1: {id: nfta_chain_table, -nl-type: string}
    2: {id: nfta_chain_handle, -nl-type: u64, -nl-byte-order: big}
    3: {id: nfta_chain_name, -nl-type: string}
    4: {id: nfta_chain_hook, -nl-type: nest, -nl-nest: nfta_hook_attr}
    5: {id: nfta_chain_policy, -nl-type: u32, -nl-byte-order: big, -nl-enum: nf_verdict}
    6: {id: nfta_chain_use, -nl-type: u32, -nl-byte-order: big}
    7: {id: nfta_chain_type, -nl-type: string}
    8: {id: nfta_chain_counters, -nl-type: nest, -nl-nest: nfta_counter_attr}
    9: {id: nfta_chain_pad, -nl-type: binary}
    10: {id: nfta_chain_flags, -nl-type: u32, -nl-byte-order: big, -nl-flags: nft_chain_flags}
    11: {id: nfta_chain_id, -nl-type: u32, -nl-byte-order: big}
    12: {id: nfta_chain_userdata, -nl-type: binary}
  nfta_hook_attr:
    0: {id: nfta_hook_unspec, -nl-type: binary}
    1: {id: nfta_hook_hooknum, -nl-type: u32, -nl-byte-order: big, -nl-enum: nf_inet_hooks}
    2: {id: nfta_hook_priority, -nl-type: s32, -nl-byte-order: big}
    3: {id: nfta_hook_dev, -nl-type: string}
    4: {id: nfta_hook_devs, -nl-type: nest, -nl-nest: nfta_device_attr}
  nfta_device_attr:
    0: {id: nfta_device_unspec, -nl-type: binary}
    1: {id: nfta_device_name, -nl-type: string}
    2: {id: nfta_device_prefix, -nl-type: string}
  nfta_rule_attr:
    0: {id: nfta_rule_unspec, -nl-type: binary}
    1: {id: nfta_rule_table, -nl-type: string}
    2: {id: nfta_rule_chain, -nl-type: string}
    3: {id: nfta_rule_handle, -nl-type: u64, -nl-byte-order: big}
    4: {id: nfta_rule_expressions, -nl-type: nest, -nl-nest: nfta_list_expr_attr}
    5: {id: nfta_rule_compat, -nl-type: nest, -nl-nest: nfta_rule_compat_attr}
    6: {id: nfta_rule_position, -nl-type: u64, -nl-byte-order: big}
    7: {id: nfta_rule_userdata, -nl-type: binary}
    8: {id: nfta_rule_pad, -nl-type: binary}
    9: {id: nfta_rule_id, -nl-type: u32, -nl-byte-order: big}
    10: {id: nfta_rule_position_id, -nl-type: u32, -nl-byte-order: big}
    11: {id: nfta_rule_chain_id, -nl-type: u32, -nl-byte-order: big}
  nfta_rule_compat_attr:
    0: {id: nfta_rule_compat_unspec, -nl-type: binary}
    1: {id: nfta_rule_compat_proto, -nl-type: u32, -nl-byte-order: big, -nl-enum: sock_diag_inet.ip_protocol}
    2: {id: nfta_rule_compat_flags, -nl-type: u32, -nl-byte-order: big}
  nfta_list_expr_attr:
    0: {id: nfta_list_unspec, -nl-type: binary}
    1: {id: nfta_list_elem, -nl-type: nest, -nl-nest: nfta_expr_attr}
  nfta_list_elem_attr:
    0: {id: nfta_list_unspec, -nl-type: binary}
    1: {id: nfta_list_elem, -nl-type: nest, -nl-nest: nfta_set_elem_attr}
  nfta_set_attr:
    0: {id: nfta_set_unspec, -nl-type: binary}
    1: {id: nfta_set_table, -nl-type: string}
    2: {id: nfta_set_name, -nl-type: string}
    3: {id: nfta_set_flags, -nl-type: u32, -nl-byte-order: big, -nl-flags: nft_set_flags}
    4: {id: nfta_set_key_type, -nl-type: u32, -nl-byte-order: big}
    5: {id: nfta_set_key_len, -nl-type: u32, -nl-byte-order: big}
    6: {id: nfta_set_data_type, -nl-type: u32, -nl-byte-order: big}
    7: {id: nfta_set_data_len, -nl-type: u32, -nl-byte-order: big}
    8: {id: nfta_set_policy, -nl-type: u32, -nl-byte-order: big}
    9: {id: nfta_set_desc, -nl-type: nest, -nl-nest: nfta_set_desc_attr}
    10: {id: nfta_set_id, -nl-type: u32, -nl-byte-order: big}
    11: {id: nfta_set_timeout, -nl-type: u64, -nl-byte-order: big}
    12: {id: nfta_set_gc_interval, -nl-type: u32, -nl-byte-order: big}
    13: {id: nfta_set_userdata, -nl-type: binary}
    14: {id: nfta_set_pad, -nl-type: binary}
    15: {id: nfta_set_obj_type, -nl-type: u32, -nl-byte-order: big}
    16: {id: nfta_set_handle, -nl-type: u64, -nl-byte-order: big}
    17: {id: nfta_set_expr, -nl-type: nest, -nl-nest: nfta_expr_attr}
    18: {id: nfta_set_expressions, -nl-type: nest, -nl-nest: nfta_list_expr_attr}
    19: {id: nfta_set_type, -nl-type: string}
    20: {id: nfta_set_count, -nl-type: u32, -nl-byte-order: big}
  nfta_set_desc_attr:
    0: {id: nfta_set_desc_unspec, -nl-type: binary}
    1: {id: nfta_set_desc_size, -nl-type: u32, -nl-byte-order: big}
    2: {id: nfta_set_desc_concat, -nl-type: binary}
  nfta_set_elem_list_attr:
    0: {id: nfta_set_elem_list_unspec, -nl-type: binary}
    1: {id: nfta_set_elem_list_table, -nl-type: string}
    2: {id: nfta_set_elem_list_set, -nl-type: string}
    # each element a numbered nest (the kernel numbers them NFTA_LIST_ELEM, 1; nft 1, 2, 3 ...)
    3: {id: nfta_set_elem_list_elements, -nl-type: nest-array, -nl-nest: nfta_set_elem_attr}
    4: {id: nfta_set_elem_list_set_id, -nl-type: u32, -nl-byte-order: big}
  nfta_set_elem_attr:
    0: {id: nfta_set_elem_unspec, -nl-type: binary}
    1: {id: nfta_set_elem_key, -nl-type: nest, -nl-nest: nfta_data_attr}
    2: {id: nfta_set_elem_data, -nl-type: nest, -nl-nest: nfta_data_attr}
    3: {id: nfta_set_elem_flags, -nl-type: u32, -nl-byte-order: big}
    4: {id: nfta_set_elem_timeout, -nl-type: u64, -nl-byte-order: big}
    5: {id: nfta_set_elem_expiration, -nl-type: u64, -nl-byte-order: big}
    6: {id: nfta_set_elem_userdata, -nl-type: binary}
    7: {id: nfta_set_elem_expr, -nl-type: nest, -nl-nest: nfta_expr_attr}
    8: {id: nfta_set_elem_pad, -nl-type: binary}
    9: {id: nfta_set_elem_objref, -nl-type: string}
    10: {id: nfta_set_elem_key_end, -nl-type: nest, -nl-nest: nfta_data_attr}
    11: {id: nfta_set_elem_expressions, -nl-type: nest, -nl-nest: nfta_list_expr_attr}
  nfta_gen_attr:
    0: {id: nfta_gen_unspec, -nl-type: binary}
    1: {id: nfta_gen_id, -nl-type: u32, -nl-byte-order: big}
    2: {id: nfta_gen_proc_pid, -nl-type: u32, -nl-byte-order: big}
    3: {id: nfta_gen_proc_name, -nl-type: string}
  nfta_obj_attr:
    0: {id: nfta_obj_unspec, -nl-type: binary}
    1: {id: nfta_obj_table, -nl-type: string}
    2: {id: nfta_obj_name, -nl-type: string}
    3: {id: nfta_obj_type, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_object_types}
    # a stateful object's settings: the attributes of the expression of the same kind (by NFTA_OBJ_TYPE's name)
    4: {id: nfta_obj_data, -nl-type: submsg, -nl-selector: NFTA_OBJ_TYPE, -nl-submsg: {NFT_OBJECT_COUNTER: nfta_counter_attr, NFT_OBJECT_QUOTA: nfta_quota_attr, NFT_OBJECT_CT_HELPER: nfta_ct_helper_attr, NFT_OBJECT_LIMIT: nfta_limit_attr, NFT_OBJECT_CONNLIMIT: nfta_connlimit_attr, NFT_OBJECT_CT_TIMEOUT: nfta_ct_timeout_attr, NFT_OBJECT_SECMARK: nfta_secmark_attr, NFT_OBJECT_CT_EXPECT: nfta_ct_expect_attr, NFT_OBJECT_SYNPROXY: nfta_synproxy_attr}}
    5: {id: nfta_obj_use, -nl-type: u32, -nl-byte-order: big}
    6: {id: nfta_obj_handle, -nl-type: u64, -nl-byte-order: big}
    7: {id: nfta_obj_pad, -nl-type: binary}
    8: {id: nfta_obj_userdata, -nl-type: binary}
  nfta_flowtable_attr:
    0: {id: nfta_flowtable_unspec, -nl-type: binary}
    1: {id: nfta_flowtable_table, -nl-type: string}
    2: {id: nfta_flowtable_name, -nl-type: string}
    3: {id: nfta_flowtable_hook, -nl-type: nest, -nl-nest: nfta_flowtable_hook_attr}
    4: {id: nfta_flowtable_use, -nl-type: u32, -nl-byte-order: big}
    5: {id: nfta_flowtable_handle, -nl-type: u64, -nl-byte-order: big}
    6: {id: nfta_flowtable_pad, -nl-type: binary}
    7: {id: nfta_flowtable_flags, -nl-type: u32, -nl-byte-order: big}
  nfta_flowtable_hook_attr:
    0: {id: nfta_flowtable_hook_unspec, -nl-type: binary}
    1: {id: nfta_flowtable_hook_num, -nl-type: u32, -nl-byte-order: big}
    2: {id: nfta_flowtable_hook_priority, -nl-type: s32, -nl-byte-order: big}
    3: {id: nfta_flowtable_hook_devs, -nl-type: nest, -nl-nest: nfta_device_attr}
  nfta_expr_attr:
    0: {id: nfta_expr_unspec, -nl-type: binary}
    1: {id: nfta_expr_name, -nl-type: string}
    2: {id: nfta_expr_data, -nl-type: submsg, -nl-selector: NFTA_EXPR_NAME, -nl-submsg: {payload: nfta_payload_attr, cmp: nfta_cmp_attr, meta: nfta_meta_attr, counter: nfta_counter_attr, immediate: nfta_immediate_attr, bitwise: nfta_bitwise_attr, lookup: nfta_lookup_attr, match: nfta_match_attr, target: nfta_target_attr, byteorder: nfta_byteorder_attr, connlimit: nfta_connlimit_attr, ct: nfta_ct_attr, exthdr: nfta_exthdr_attr, fib: nfta_fib_attr, hash: nfta_hash_attr, limit: nfta_limit_attr, log: nfta_log_attr, masq: nfta_masq_attr, numgen: nfta_ng_attr, objref: nfta_objref_attr, quota: nfta_quota_attr, rt: nfta_rt_attr, socket: nfta_socket_attr, nat: nfta_nat_attr, redir: nfta_redir_attr, reject: nfta_reject_attr, dynset: nfta_dynset_attr, range: nfta_range_attr, queue: nfta_queue_attr, last: nfta_last_attr, tproxy: nfta_tproxy_attr, synproxy: nfta_synproxy_attr, secmark: nfta_secmark_attr, dup: nfta_dup_attr, fwd: nfta_fwd_attr, osf: nfta_osf_attr, xfrm: nfta_xfrm_attr, inner: nfta_inner_attr, flow_offload: nfta_flow_attr}}
  nfta_payload_attr:
    0: {id: nfta_payload_unspec, -nl-type: binary}
    1: {id: nfta_payload_dreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    2: {id: nfta_payload_base, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_payload_bases}
    3: {id: nfta_payload_offset, -nl-type: u32, -nl-byte-order: big}
    4: {id: nfta_payload_len, -nl-type: u32, -nl-byte-order: big}
    5: {id: nfta_payload_sreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    6: {id: nfta_payload_csum_type, -nl-type: u32, -nl-byte-order: big}
    7: {id: nfta_payload_csum_offset, -nl-type: u32, -nl-byte-order: big}
    8: {id: nfta_payload_csum_flags, -nl-type: u32, -nl-byte-order: big}
  nfta_cmp_attr:
    0: {id: nfta_cmp_unspec, -nl-type: binary}
    1: {id: nfta_cmp_sreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    2: {id: nfta_cmp_op, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_cmp_ops}
    3: {id: nfta_cmp_data, -nl-type: nest, -nl-nest: nfta_data_attr}
  nfta_meta_attr:
    0: {id: nfta_meta_unspec, -nl-type: binary}
    1: {id: nfta_meta_dreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    2: {id: nfta_meta_key, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_meta_keys}
    3: {id: nfta_meta_sreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
  nfta_counter_attr:
    0: {id: nfta_counter_unspec, -nl-type: binary}
    1: {id: nfta_counter_bytes, -nl-type: u64, -nl-byte-order: big}
    2: {id: nfta_counter_packets, -nl-type: u64, -nl-byte-order: big}
    3: {id: nfta_counter_pad, -nl-type: binary}
  nfta_immediate_attr:
    0: {id: nfta_immediate_unspec, -nl-type: binary}
    1: {id: nfta_immediate_dreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    2: {id: nfta_immediate_data, -nl-type: nest, -nl-nest: nfta_data_attr}
  nfta_bitwise_attr:
    0: {id: nfta_bitwise_unspec, -nl-type: binary}
    1: {id: nfta_bitwise_sreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    2: {id: nfta_bitwise_dreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    3: {id: nfta_bitwise_len, -nl-type: u32, -nl-byte-order: big}
    4: {id: nfta_bitwise_mask, -nl-type: nest, -nl-nest: nfta_data_attr}
    5: {id: nfta_bitwise_xor, -nl-type: nest, -nl-nest: nfta_data_attr}
    6: {id: nfta_bitwise_op, -nl-type: u32, -nl-byte-order: big}
    7: {id: nfta_bitwise_data, -nl-type: nest, -nl-nest: nfta_data_attr}
    8: {id: nfta_bitwise_sreg2, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
  nfta_lookup_attr:
    0: {id: nfta_lookup_unspec, -nl-type: binary}
    1: {id: nfta_lookup_set, -nl-type: string}
    2: {id: nfta_lookup_sreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    3: {id: nfta_lookup_dreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    4: {id: nfta_lookup_set_id, -nl-type: u32, -nl-byte-order: big}
    5: {id: nfta_lookup_flags, -nl-type: u32, -nl-byte-order: big}
  nfta_match_attr:
    0: {id: nfta_match_unspec, -nl-type: binary}
    1: {id: nfta_match_name, -nl-type: string}
    2: {id: nfta_match_rev, -nl-type: u32, -nl-byte-order: big}
    3: {id: nfta_match_info, -nl-type: binary}
  nfta_target_attr:
    0: {id: nfta_target_unspec, -nl-type: binary}
    1: {id: nfta_target_name, -nl-type: string}
    2: {id: nfta_target_rev, -nl-type: u32, -nl-byte-order: big}
    3: {id: nfta_target_info, -nl-type: binary}
  nfta_byteorder_attr:
    0: {id: nfta_byteorder_unspec, -nl-type: binary}
    1: {id: nfta_byteorder_sreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    2: {id: nfta_byteorder_dreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    3: {id: nfta_byteorder_op, -nl-type: u32, -nl-byte-order: big}
    4: {id: nfta_byteorder_len, -nl-type: u32, -nl-byte-order: big}
    5: {id: nfta_byteorder_size, -nl-type: u32, -nl-byte-order: big}
  nfta_connlimit_attr:
    0: {id: nfta_connlimit_unspec, -nl-type: binary}
    1: {id: nfta_connlimit_count, -nl-type: u32, -nl-byte-order: big}
    2: {id: nfta_connlimit_flags, -nl-type: u32, -nl-byte-order: big}
  nfta_ct_attr:
    0: {id: nfta_ct_unspec, -nl-type: binary}
    1: {id: nfta_ct_dreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    2: {id: nfta_ct_key, -nl-type: u32, -nl-byte-order: big}
    3: {id: nfta_ct_direction, -nl-type: u8}
    4: {id: nfta_ct_sreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
  nfta_exthdr_attr:
    0: {id: nfta_exthdr_unspec, -nl-type: binary}
    1: {id: nfta_exthdr_dreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    2: {id: nfta_exthdr_type, -nl-type: u8}
    3: {id: nfta_exthdr_offset, -nl-type: u32, -nl-byte-order: big}
    4: {id: nfta_exthdr_len, -nl-type: u32, -nl-byte-order: big}
    5: {id: nfta_exthdr_flags, -nl-type: u32, -nl-byte-order: big}
    6: {id: nfta_exthdr_op, -nl-type: u32, -nl-byte-order: big}
    7: {id: nfta_exthdr_sreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
  nfta_fib_attr:
    0: {id: nfta_fib_unspec, -nl-type: binary}
    1: {id: nfta_fib_dreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    2: {id: nfta_fib_result, -nl-type: u32, -nl-byte-order: big}
    3: {id: nfta_fib_flags, -nl-type: u32, -nl-byte-order: big}
  nfta_hash_attr:
    0: {id: nfta_hash_unspec, -nl-type: binary}
    1: {id: nfta_hash_sreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    2: {id: nfta_hash_dreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    3: {id: nfta_hash_len, -nl-type: u32, -nl-byte-order: big}
    4: {id: nfta_hash_modulus, -nl-type: u32, -nl-byte-order: big}
    5: {id: nfta_hash_seed, -nl-type: u32, -nl-byte-order: big}
    6: {id: nfta_hash_offset, -nl-type: u32, -nl-byte-order: big}
    7: {id: nfta_hash_type, -nl-type: u32, -nl-byte-order: big}
    8: {id: nfta_hash_set_name, -nl-type: string}
    9: {id: nfta_hash_set_id, -nl-type: u32, -nl-byte-order: big}
  nfta_limit_attr:
    0: {id: nfta_limit_unspec, -nl-type: binary}
    1: {id: nfta_limit_rate, -nl-type: u64, -nl-byte-order: big}
    2: {id: nfta_limit_unit, -nl-type: u64, -nl-byte-order: big}
    3: {id: nfta_limit_burst, -nl-type: u32, -nl-byte-order: big}
    4: {id: nfta_limit_type, -nl-type: u32, -nl-byte-order: big}
    5: {id: nfta_limit_flags, -nl-type: u32, -nl-byte-order: big}
    6: {id: nfta_limit_pad, -nl-type: binary}
  nfta_log_attr:
    0: {id: nfta_log_unspec, -nl-type: binary}
    1: {id: nfta_log_group, -nl-type: u16, -nl-byte-order: big}
    2: {id: nfta_log_prefix, -nl-type: string}
    3: {id: nfta_log_snaplen, -nl-type: u32, -nl-byte-order: big}
    4: {id: nfta_log_qthreshold, -nl-type: u16, -nl-byte-order: big}
    5: {id: nfta_log_level, -nl-type: u32, -nl-byte-order: big}
    6: {id: nfta_log_flags, -nl-type: u32, -nl-byte-order: big}
  nfta_masq_attr:
    0: {id: nfta_masq_unspec, -nl-type: binary}
    1: {id: nfta_masq_flags, -nl-type: u32, -nl-byte-order: big}
    2: {id: nfta_masq_reg_proto_min, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    3: {id: nfta_masq_reg_proto_max, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
  nfta_ng_attr:
    0: {id: nfta_ng_unspec, -nl-type: binary}
    1: {id: nfta_ng_dreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    2: {id: nfta_ng_modulus, -nl-type: u32, -nl-byte-order: big}
    3: {id: nfta_ng_type, -nl-type: u32, -nl-byte-order: big}
    4: {id: nfta_ng_offset, -nl-type: u32, -nl-byte-order: big}
    5: {id: nfta_ng_set_name, -nl-type: string}
    6: {id: nfta_ng_set_id, -nl-type: u32, -nl-byte-order: big}
  nfta_objref_attr:
    0: {id: nfta_objref_unspec, -nl-type: binary}
    1: {id: nfta_objref_imm_type, -nl-type: u32, -nl-byte-order: big}
    2: {id: nfta_objref_imm_name, -nl-type: string}
    3: {id: nfta_objref_set_sreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    4: {id: nfta_objref_set_name, -nl-type: string}
    5: {id: nfta_objref_set_id, -nl-type: u32, -nl-byte-order: big}
  nfta_quota_attr:
    0: {id: nfta_quota_unspec, -nl-type: binary}
    1: {id: nfta_quota_bytes, -nl-type: u64, -nl-byte-order: big}
    2: {id: nfta_quota_flags, -nl-type: u32, -nl-byte-order: big}
    3: {id: nfta_quota_pad, -nl-type: binary}
    4: {id: nfta_quota_consumed, -nl-type: u64, -nl-byte-order: big}
  nfta_rt_attr:
    0: {id: nfta_rt_unspec, -nl-type: binary}
    1: {id: nfta_rt_dreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    2: {id: nfta_rt_key, -nl-type: u32, -nl-byte-order: big}
  nfta_socket_attr:
    0: {id: nfta_socket_unspec, -nl-type: binary}
    1: {id: nfta_socket_key, -nl-type: u32, -nl-byte-order: big}
    2: {id: nfta_socket_dreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    3: {id: nfta_socket_level, -nl-type: u32, -nl-byte-order: big}
  nfta_ct_helper_attr:
    0: {id: nfta_ct_helper_unspec, -nl-type: binary}
    1: {id: nfta_ct_helper_name, -nl-type: string}
    2: {id: nfta_ct_helper_l3proto, -nl-type: u16, -nl-byte-order: big}
    3: {id: nfta_ct_helper_l4proto, -nl-type: u8}
  nfta_nat_attr:
    0: {id: nfta_nat_unspec, -nl-type: binary}
    1: {id: nfta_nat_type, -nl-type: u32, -nl-byte-order: big}
    2: {id: nfta_nat_family, -nl-type: u32, -nl-byte-order: big}
    3: {id: nfta_nat_reg_addr_min, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    4: {id: nfta_nat_reg_addr_max, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    5: {id: nfta_nat_reg_proto_min, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    6: {id: nfta_nat_reg_proto_max, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    7: {id: nfta_nat_flags, -nl-type: u32, -nl-byte-order: big}
  nfta_redir_attr:
    0: {id: nfta_redir_unspec, -nl-type: binary}
    1: {id: nfta_redir_reg_proto_min, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    2: {id: nfta_redir_reg_proto_max, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    3: {id: nfta_redir_flags, -nl-type: u32, -nl-byte-order: big}
  nfta_reject_attr:
    0: {id: nfta_reject_unspec, -nl-type: binary}
    1: {id: nfta_reject_type, -nl-type: u32, -nl-byte-order: big}
    2: {id: nfta_reject_icmp_code, -nl-type: u8}
  nfta_dynset_attr:
    0: {id: nfta_dynset_unspec, -nl-type: binary}
    1: {id: nfta_dynset_set_name, -nl-type: string}
    2: {id: nfta_dynset_set_id, -nl-type: u32, -nl-byte-order: big}
    3: {id: nfta_dynset_op, -nl-type: u32, -nl-byte-order: big}
    4: {id: nfta_dynset_sreg_key, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    5: {id: nfta_dynset_sreg_data, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    6: {id: nfta_dynset_timeout, -nl-type: u64, -nl-byte-order: big}
    7: {id: nfta_dynset_expr, -nl-type: nest, -nl-nest: nfta_expr_attr}
    8: {id: nfta_dynset_pad, -nl-type: binary}
    9: {id: nfta_dynset_flags, -nl-type: u32, -nl-byte-order: big}
    10: {id: nfta_dynset_expressions, -nl-type: nest, -nl-nest: nfta_list_expr_attr}
  nfta_range_attr:
    0: {id: nfta_range_unspec, -nl-type: binary}
    1: {id: nfta_range_sreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    2: {id: nfta_range_op, -nl-type: u32, -nl-byte-order: big}
    3: {id: nfta_range_from_data, -nl-type: nest, -nl-nest: nfta_data_attr}
    4: {id: nfta_range_to_data, -nl-type: nest, -nl-nest: nfta_data_attr}
  nfta_queue_attr:
    0: {id: nfta_queue_unspec, -nl-type: binary}
    1: {id: nfta_queue_num, -nl-type: u16, -nl-byte-order: big}
    2: {id: nfta_queue_total, -nl-type: u16, -nl-byte-order: big}
    3: {id: nfta_queue_flags, -nl-type: u16, -nl-byte-order: big}
    4: {id: nfta_queue_sreg_qnum, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
  nfta_last_attr:
    0: {id: nfta_last_unspec, -nl-type: binary}
    1: {id: nfta_last_set, -nl-type: u32, -nl-byte-order: big}
    2: {id: nfta_last_msecs, -nl-type: u64, -nl-byte-order: big}
    3: {id: nfta_last_pad, -nl-type: binary}
  nfta_tproxy_attr:
    0: {id: nfta_tproxy_unspec, -nl-type: binary}
    1: {id: nfta_tproxy_family, -nl-type: u32, -nl-byte-order: big}
    2: {id: nfta_tproxy_reg_addr, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    3: {id: nfta_tproxy_reg_port, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
  nfta_synproxy_attr:
    0: {id: nfta_synproxy_unspec, -nl-type: binary}
    1: {id: nfta_synproxy_mss, -nl-type: u16, -nl-byte-order: big}
    2: {id: nfta_synproxy_wscale, -nl-type: u8}
    3: {id: nfta_synproxy_flags, -nl-type: u32, -nl-byte-order: big}
  nfta_secmark_attr:
    0: {id: nfta_secmark_unspec, -nl-type: binary}
    1: {id: nfta_secmark_ctx, -nl-type: string}
  nfta_dup_attr:
    0: {id: nfta_dup_unspec, -nl-type: binary}
    1: {id: nfta_dup_sreg_addr, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    2: {id: nfta_dup_sreg_dev, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
  nfta_fwd_attr:
    0: {id: nfta_fwd_unspec, -nl-type: binary}
    1: {id: nfta_fwd_sreg_dev, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    2: {id: nfta_fwd_sreg_addr, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    3: {id: nfta_fwd_nfproto, -nl-type: u32, -nl-byte-order: big}
  nfta_osf_attr:
    0: {id: nfta_osf_unspec, -nl-type: binary}
    1: {id: nfta_osf_dreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    2: {id: nfta_osf_ttl, -nl-type: u8}
    3: {id: nfta_osf_flags, -nl-type: u32, -nl-byte-order: big}
  nfta_xfrm_attr:
    0: {id: nfta_xfrm_unspec, -nl-type: binary}
    1: {id: nfta_xfrm_dreg, -nl-type: u32, -nl-byte-order: big, -nl-enum: nft_registers}
    2: {id: nfta_xfrm_key, -nl-type: u32, -nl-byte-order: big}
    3: {id: nfta_xfrm_dir, -nl-type: u8}
    4: {id: nfta_xfrm_spnum, -nl-type: u32, -nl-byte-order: big}
  nfta_inner_attr:
    0: {id: nfta_inner_unspec, -nl-type: binary}
    1: {id: nfta_inner_num, -nl-type: u32, -nl-byte-order: big}
    2: {id: nfta_inner_type, -nl-type: u32, -nl-byte-order: big}
    3: {id: nfta_inner_flags, -nl-type: u32, -nl-byte-order: big}
    4: {id: nfta_inner_hdrsize, -nl-type: u32, -nl-byte-order: big}
    5: {id: nfta_inner_expr, -nl-type: nest, -nl-nest: nfta_expr_attr}
  nfta_flow_attr:
    0: {id: nfta_flow_unspec, -nl-type: binary}
    1: {id: nfta_flow_table_name, -nl-type: string}
  nfta_ct_expect_attr:
    0: {id: nfta_ct_expect_unspec, -nl-type: binary}
    1: {id: nfta_ct_expect_l3proto, -nl-type: u16, -nl-byte-order: big}
    2: {id: nfta_ct_expect_l4proto, -nl-type: u8}
    3: {id: nfta_ct_expect_dport, -nl-type: u16, -nl-byte-order: big}
    4: {id: nfta_ct_expect_timeout, -nl-type: u32, -nl-byte-order: big}
    5: {id: nfta_ct_expect_size, -nl-type: u8}
  nfta_ct_timeout_attr:
    0: {id: nfta_ct_timeout_unspec, -nl-type: binary}
    1: {id: nfta_ct_timeout_l3proto, -nl-type: u16, -nl-byte-order: big}
    2: {id: nfta_ct_timeout_l4proto, -nl-type: u8}
    3: {id: nfta_ct_timeout_data, -nl-type: binary}
  nfta_data_attr:
    0: {id: nfta_data_unspec, -nl-type: binary}
    1: {id: nfta_data_value, -nl-type: binary}
    2: {id: nfta_data_verdict, -nl-type: nest, -nl-nest: nfta_verdict_attr}
  nfta_verdict_attr:
    0: {id: nfta_verdict_unspec, -nl-type: binary}
    1: {id: nfta_verdict_code, -nl-type: s32, -nl-byte-order: big, -nl-enum: nf_verdict}
    2: {id: nfta_verdict_chain, -nl-type: string}
    3: {id: nfta_verdict_chain_id, -nl-type: u32, -nl-byte-order: big}
  nft_table_flags:
    0x1: nft_table_f_dormant
    0x2: nft_table_f_owner
    0x4: nft_table_f_persist
  nft_chain_flags:
    0x1: nft_chain_base
    0x2: nft_chain_hw_offload
    0x4: nft_chain_binding
  nft_set_flags:
    0x1: nft_set_anonymous
    0x2: nft_set_constant
    0x4: nft_set_interval
    0x8: nft_set_map
    0x10: nft_set_timeout
    0x20: nft_set_eval
    0x40: nft_set_object
    0x80: nft_set_concat
    0x100: nft_set_expr
  nf_inet_hooks:
    0: nf_inet_pre_routing
    1: nf_inet_local_in
    2: nf_inet_forward
    3: nf_inet_local_out
    4: nf_inet_post_routing
    5: nf_inet_ingress
  nf_verdict:
    # NF_* (linux/netfilter.h) and the nf_tables verdicts NFT_* (nf_tables.h)
    0: nf_drop
    1: nf_accept
    2: nf_stolen
    3: nf_queue
    4: nf_repeat
    5: nf_stop
    -1: nft_continue
    -2: nft_break
    -3: nft_jump
    -4: nft_goto
    -5: nft_return
  nft_registers:
    0: nft_reg_verdict
    1: nft_reg_1
    2: nft_reg_2
    3: nft_reg_3
    4: nft_reg_4
    8: nft_reg32_00
    9: nft_reg32_01
    10: nft_reg32_02
    11: nft_reg32_03
    12: nft_reg32_04
    13: nft_reg32_05
    14: nft_reg32_06
    15: nft_reg32_07
    16: nft_reg32_08
    17: nft_reg32_09
    18: nft_reg32_10
    19: nft_reg32_11
    20: nft_reg32_12
    21: nft_reg32_13
    22: nft_reg32_14
    23: nft_reg32_15
  nft_payload_bases:
    0: nft_payload_ll_header
    1: nft_payload_network_header
    2: nft_payload_transport_header
    3: nft_payload_inner_header
    4: nft_payload_tun_header
  nft_cmp_ops:
    0: nft_cmp_eq
    1: nft_cmp_neq
    2: nft_cmp_lt
    3: nft_cmp_lte
    4: nft_cmp_gt
    5: nft_cmp_gte
  nft_meta_keys:
    0: nft_meta_len
    1: nft_meta_protocol
    2: nft_meta_priority
    3: nft_meta_mark
    4: nft_meta_iif
    5: nft_meta_oif
    6: nft_meta_iifname
    7: nft_meta_oifname
    8: nft_meta_iftype
    9: nft_meta_oiftype
    10: nft_meta_skuid
    11: nft_meta_skgid
    12: nft_meta_nftrace
    13: nft_meta_rtclassid
    14: nft_meta_secmark
    15: nft_meta_nfproto
    16: nft_meta_l4proto
    17: nft_meta_bri_iifname
    18: nft_meta_bri_oifname
    19: nft_meta_pkttype
    20: nft_meta_cpu
    21: nft_meta_iifgroup
    22: nft_meta_oifgroup
    23: nft_meta_cgroup
    24: nft_meta_prandom
    25: nft_meta_secpath
    26: nft_meta_iifkind
    27: nft_meta_oifkind
    28: nft_meta_bri_iifpvid
    29: nft_meta_bri_iifvproto
    30: nft_meta_time_ns
    31: nft_meta_time_day
    32: nft_meta_time_hour
    33: nft_meta_sdif
    34: nft_meta_sdifname
    35: nft_meta_bri_broute
    37: nft_meta_bri_iifhwaddr
  nft_object_types:
    # NFTA_OBJ_TYPE, NFTA_SET_OBJ_TYPE, NFTA_OBJREF_IMM_TYPE: the NFT_OBJECT_* #defines
    0: nft_object_unspec
    1: nft_object_counter
    2: nft_object_quota
    3: nft_object_ct_helper
    4: nft_object_limit
    5: nft_object_connlimit
    6: nft_object_tunnel
    7: nft_object_ct_timeout
    8: nft_object_secmark
    9: nft_object_ct_expect
    10: nft_object_synproxy
