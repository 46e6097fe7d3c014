meta:
  id: genetlink_nfsd
  title: "Generic netlink family nfsd: NFSD_CMD_*, NFSD_A_SERVER_*, NFSD_A_VERSION_*, NFSD_A_SOCK_*, NFSD_A_RPC_STATUS_*, NFSD_A_SVC_EXPORT_*, NFSD_A_EXPKEY_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  The kernel NFS server's configuration (what rpc.nfsd and nfsdctl write to /proc/fs/nfsd; Linux 7.2 headers).
  THREADS_SET starts the server with a number of threads per pool (0 stops it) and its grace time, lease time and
  scope, THREADS_GET reads them; VERSION_SET enables NFS versions (one NFSD_A_SERVER_PROTO_VERSION nest per major and
  minor version, with NFSD_A_VERSION_ENABLED for those to run), VERSION_GET lists them; LISTENER_SET gives the
  server's sockets (an address, a struct sockaddr_in or sockaddr_in6, and a transport name such as "tcp"),
  LISTENER_GET lists them; POOL_MODE_SET/GET the thread pool mode. RPC_STATUS_GET dumps the RPC requests in flight.
  Since 7.2 mountd's export cache talks here too: the kernel notifies CACHE_NOTIFY to group "exportd" when it needs
  an svc_export or expkey entry, mountd reads the pending requests (SVC_EXPORT_GET_REQS, EXPKEY_GET_REQS) and answers
  them (*_SET_REQS); CACHE_FLUSH and the UNLOCK_* commands do what /proc/fs/nfsd's flush and unlock files do. The
  value types are those of the family's YNL spec the header is generated from.
doc-ref: /usr/include/linux/nfsd_netlink.h
params:
  - id: is_le
    type: bool
enums:
  nfsd_cmd:
    # -nl-group: "exportd" (NFSD_MCGRP_EXPORTD) for CACHE_NOTIFY
    1: {id: nfsd_cmd_rpc_status_get, -nl-kind: get, -nl-attrs: nfsd_a_rpc_status}
    2: {id: nfsd_cmd_threads_set, -nl-kind: new, -nl-attrs: nfsd_a_server}
    3: {id: nfsd_cmd_threads_get, -nl-kind: get, -nl-attrs: nfsd_a_server}
    4: {id: nfsd_cmd_version_set, -nl-kind: new, -nl-attrs: nfsd_a_server_proto}
    5: {id: nfsd_cmd_version_get, -nl-kind: get, -nl-attrs: nfsd_a_server_proto}
    6: {id: nfsd_cmd_listener_set, -nl-kind: new, -nl-attrs: nfsd_a_server_sock}
    7: {id: nfsd_cmd_listener_get, -nl-kind: get, -nl-attrs: nfsd_a_server_sock}
    8: {id: nfsd_cmd_pool_mode_set, -nl-kind: new, -nl-attrs: nfsd_a_pool_mode}
    9: {id: nfsd_cmd_pool_mode_get, -nl-kind: get, -nl-attrs: nfsd_a_pool_mode}
    10: {id: nfsd_cmd_cache_notify, -nl-kind: other, -nl-attrs: nfsd_a_cache_notify, -nl-group: exportd}
    11: {id: nfsd_cmd_svc_export_get_reqs, -nl-kind: get, -nl-attrs: nfsd_a_svc_export_reqs}
    12: {id: nfsd_cmd_svc_export_set_reqs, -nl-kind: new, -nl-attrs: nfsd_a_svc_export_reqs}
    13: {id: nfsd_cmd_expkey_get_reqs, -nl-kind: get, -nl-attrs: nfsd_a_expkey_reqs}
    14: {id: nfsd_cmd_expkey_set_reqs, -nl-kind: new, -nl-attrs: nfsd_a_expkey_reqs}
    15: {id: nfsd_cmd_cache_flush, -nl-kind: new, -nl-attrs: nfsd_a_cache_flush}
    16: {id: nfsd_cmd_unlock_ip, -nl-kind: new, -nl-attrs: nfsd_a_unlock_ip}
    17: {id: nfsd_cmd_unlock_filesystem, -nl-kind: new, -nl-attrs: nfsd_a_unlock_filesystem}
    18: {id: nfsd_cmd_unlock_export, -nl-kind: new, -nl-attrs: nfsd_a_unlock_export}
  nfsd_a_cache_notify:
    1: {id: nfsd_a_cache_notify_cache_type, -nl-type: u32, -nl-flags: nfsd_cache_type}
  nfsd_a_rpc_status:
    1: {id: nfsd_a_rpc_status_xid, -nl-type: u32, -nl-byte-order: big}
    2: {id: nfsd_a_rpc_status_flags, -nl-type: u32}
    3: {id: nfsd_a_rpc_status_prog, -nl-type: u32, doc: "the RPC program (100003: NFS)"}
    4: {id: nfsd_a_rpc_status_version, -nl-type: u8}
    5: {id: nfsd_a_rpc_status_proc, -nl-type: u32}
    6: {id: nfsd_a_rpc_status_service_time, -nl-type: s64, doc: "nanoseconds since the request arrived"}
    7: {id: nfsd_a_rpc_status_pad, -nl-type: binary}
    8: {id: nfsd_a_rpc_status_saddr4, -nl-type: ipv4}
    9: {id: nfsd_a_rpc_status_daddr4, -nl-type: ipv4}
    10: {id: nfsd_a_rpc_status_saddr6, -nl-type: ipv6}
    11: {id: nfsd_a_rpc_status_daddr6, -nl-type: ipv6}
    12: {id: nfsd_a_rpc_status_sport, -nl-type: u16, -nl-byte-order: big}
    13: {id: nfsd_a_rpc_status_dport, -nl-type: u16, -nl-byte-order: big}
    14: {id: nfsd_a_rpc_status_compound_ops, -nl-type: u32, doc: "an NFSv4 operation number of the compound; one attribute per operation"}
  nfsd_a_server:
    1: {id: nfsd_a_server_threads, -nl-type: u32, doc: one attribute per thread pool}
    2: {id: nfsd_a_server_gracetime, -nl-type: u32, doc: seconds}
    3: {id: nfsd_a_server_leasetime, -nl-type: u32, doc: seconds}
    4: {id: nfsd_a_server_scope, -nl-type: string}
    5: {id: nfsd_a_server_min_threads, -nl-type: u32}
    6: {id: nfsd_a_server_fh_key, -nl-type: binary, doc: the key that signs file handles (NFSD_EXPORT_FLAGS_SIGN_FH)}
  nfsd_a_version:
    1: {id: nfsd_a_version_major, -nl-type: u32}
    2: {id: nfsd_a_version_minor, -nl-type: u32}
    3: {id: nfsd_a_version_enabled, -nl-type: flag}
  nfsd_a_server_proto:
    1: {id: nfsd_a_server_proto_version, -nl-type: nest, -nl-nest: nfsd_a_version, doc: one nest per version}
  nfsd_a_sock:
    1: {id: nfsd_a_sock_addr, -nl-type: binary, doc: "a struct sockaddr_in or sockaddr_in6 (linux/in.h, linux/in6.h); the kernel answers a struct sockaddr_storage, 128 bytes"}
    2: {id: nfsd_a_sock_transport_name, -nl-type: string}
  nfsd_a_server_sock:
    1: {id: nfsd_a_server_sock_addr, -nl-type: nest, -nl-nest: nfsd_a_sock, doc: one nest per listener}
  nfsd_a_pool_mode:
    1: {id: nfsd_a_pool_mode_mode, -nl-type: string, doc: "global, percpu, pernode or auto"}
    2: {id: nfsd_a_pool_mode_npools, -nl-type: u32}
  nfsd_a_fslocation:
    1: {id: nfsd_a_fslocation_host, -nl-type: string}
    2: {id: nfsd_a_fslocation_path, -nl-type: string}
  nfsd_a_fslocations:
    1: {id: nfsd_a_fslocations_location, -nl-type: nest, -nl-nest: nfsd_a_fslocation, doc: one nest per location}
  nfsd_a_auth_flavor:
    1: {id: nfsd_a_auth_flavor_pseudoflavor, -nl-type: u32}
    2: {id: nfsd_a_auth_flavor_flags, -nl-type: u32, -nl-flags: nfsd_export_flags}
  nfsd_a_svc_export:
    1: {id: nfsd_a_svc_export_seqno, -nl-type: u64}
    2: {id: nfsd_a_svc_export_client, -nl-type: string}
    3: {id: nfsd_a_svc_export_path, -nl-type: string}
    4: {id: nfsd_a_svc_export_negative, -nl-type: flag}
    5: {id: nfsd_a_svc_export_expiry, -nl-type: u64}
    6: {id: nfsd_a_svc_export_anon_uid, -nl-type: u32}
    7: {id: nfsd_a_svc_export_anon_gid, -nl-type: u32}
    8: {id: nfsd_a_svc_export_fslocations, -nl-type: nest, -nl-nest: nfsd_a_fslocations}
    9: {id: nfsd_a_svc_export_uuid, -nl-type: binary}
    10: {id: nfsd_a_svc_export_secinfo, -nl-type: nest, -nl-nest: nfsd_a_auth_flavor, doc: one nest per security flavor}
    11: {id: nfsd_a_svc_export_xprtsec, -nl-type: u32, -nl-enum: nfsd_xprtsec_mode, doc: one attribute per mode}
    12: {id: nfsd_a_svc_export_flags, -nl-type: u32, -nl-flags: nfsd_export_flags}
    13: {id: nfsd_a_svc_export_fsid, -nl-type: s32}
  nfsd_a_svc_export_reqs:
    1: {id: nfsd_a_svc_export_reqs_requests, -nl-type: nest, -nl-nest: nfsd_a_svc_export, doc: one nest per request}
  nfsd_a_expkey:
    1: {id: nfsd_a_expkey_seqno, -nl-type: u64}
    2: {id: nfsd_a_expkey_client, -nl-type: string}
    3: {id: nfsd_a_expkey_fsidtype, -nl-type: u8}
    4: {id: nfsd_a_expkey_fsid, -nl-type: binary}
    5: {id: nfsd_a_expkey_negative, -nl-type: flag}
    6: {id: nfsd_a_expkey_expiry, -nl-type: u64}
    7: {id: nfsd_a_expkey_path, -nl-type: string}
  nfsd_a_expkey_reqs:
    1: {id: nfsd_a_expkey_reqs_requests, -nl-type: nest, -nl-nest: nfsd_a_expkey, doc: one nest per request}
  nfsd_a_cache_flush:
    1: {id: nfsd_a_cache_flush_mask, -nl-type: u32, -nl-flags: nfsd_cache_type}
  nfsd_a_unlock_ip:
    1: {id: nfsd_a_unlock_ip_address, -nl-type: binary, doc: "a struct sockaddr_in or sockaddr_in6"}
  nfsd_a_unlock_filesystem:
    1: {id: nfsd_a_unlock_filesystem_path, -nl-type: string}
  nfsd_a_unlock_export:
    1: {id: nfsd_a_unlock_export_path, -nl-type: string}
  nfsd_cache_type:
    0x1: nfsd_cache_type_svc_export
    0x2: nfsd_cache_type_expkey
  nfsd_export_flags:
    0x1: nfsd_export_flags_readonly
    0x2: nfsd_export_flags_insecure_port
    0x4: nfsd_export_flags_rootsquash
    0x8: nfsd_export_flags_allsquash
    0x10: nfsd_export_flags_async
    0x20: nfsd_export_flags_gathered_writes
    0x40: nfsd_export_flags_noreaddirplus
    0x80: nfsd_export_flags_security_label
    0x100: nfsd_export_flags_sign_fh
    0x200: nfsd_export_flags_nohide
    0x400: nfsd_export_flags_nosubtreecheck
    0x800: nfsd_export_flags_noauthnlm
    0x1000: nfsd_export_flags_msnfs
    0x2000: nfsd_export_flags_fsid
    0x4000: nfsd_export_flags_crossmount
    0x8000: nfsd_export_flags_noacl
    0x10000: nfsd_export_flags_v4root
    0x20000: nfsd_export_flags_pnfs
  nfsd_xprtsec_mode:
    0x1: nfsd_xprtsec_mode_none
    0x2: nfsd_xprtsec_mode_tls
    0x4: nfsd_xprtsec_mode_mtls
