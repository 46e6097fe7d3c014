meta:
  id: genetlink_sunrpc
  title: "Generic netlink family sunrpc: SUNRPC_CMD_*, SUNRPC_A_CACHE_NOTIFY_*, SUNRPC_A_IP_MAP_*, SUNRPC_A_UNIX_GID_*, SUNRPC_A_CACHE_FLUSH_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  The SUN RPC server's authentication caches over netlink (new in Linux 7.2; what mountd reads and writes in
  /proc/net/rpc/auth.unix.ip and auth.unix.gid). When the kernel needs an entry it notifies CACHE_NOTIFY, with the
  cache's type, to group "exportd"; mountd reads the pending requests (IP_MAP_GET_REQS: the client's address and
  class, "nfsd"; UNIX_GID_GET_REQS: a uid) and answers each with the same attributes plus the domain, or the gid
  list, and an expiry (IP_MAP_SET_REQS, UNIX_GID_SET_REQS), or NEGATIVE for none. CACHE_FLUSH empties the caches
  its mask names. The header gives no value types: the capture shows the notification's cache type (u32) and a
  request's seqno (u64), class and address (strings); the others follow nfsd's export cache, which the same
  generator describes the same way (expiry u64, negative a flag, the domain a string, ids u32).
doc-ref: /usr/include/linux/sunrpc_netlink.h
params:
  - id: is_le
    type: bool
enums:
  sunrpc_cmd:
    # -nl-group: "exportd" (SUNRPC_MCGRP_EXPORTD) for CACHE_NOTIFY; the family announces "none" (SUNRPC_MCGRP_NONE) too
    1: {id: sunrpc_cmd_cache_notify, -nl-kind: other, -nl-attrs: sunrpc_a_cache_notify, -nl-group: exportd}
    2: {id: sunrpc_cmd_ip_map_get_reqs, -nl-kind: get, -nl-attrs: sunrpc_a_ip_map_reqs}
    3: {id: sunrpc_cmd_ip_map_set_reqs, -nl-kind: new, -nl-attrs: sunrpc_a_ip_map_reqs}
    4: {id: sunrpc_cmd_unix_gid_get_reqs, -nl-kind: get, -nl-attrs: sunrpc_a_unix_gid_reqs}
    5: {id: sunrpc_cmd_unix_gid_set_reqs, -nl-kind: new, -nl-attrs: sunrpc_a_unix_gid_reqs}
    6: {id: sunrpc_cmd_cache_flush, -nl-kind: new, -nl-attrs: sunrpc_a_cache_flush}
  sunrpc_a_cache_notify:
    1: {id: sunrpc_a_cache_notify_cache_type, -nl-type: u32, -nl-flags: sunrpc_cache_type}
  sunrpc_a_ip_map:
    1: {id: sunrpc_a_ip_map_seqno, -nl-type: u64}
    2: {id: sunrpc_a_ip_map_class, -nl-type: string, doc: "the RPC service class, \"nfsd\""}
    3: {id: sunrpc_a_ip_map_addr, -nl-type: string, doc: the client's address as text}
    4: {id: sunrpc_a_ip_map_domain, -nl-type: string}
    5: {id: sunrpc_a_ip_map_negative, -nl-type: flag}
    6: {id: sunrpc_a_ip_map_expiry, -nl-type: u64}
  sunrpc_a_ip_map_reqs:
    1: {id: sunrpc_a_ip_map_reqs_requests, -nl-type: nest, -nl-nest: sunrpc_a_ip_map, doc: one nest per request}
  sunrpc_a_unix_gid:
    1: {id: sunrpc_a_unix_gid_seqno, -nl-type: u64}
    2: {id: sunrpc_a_unix_gid_uid, -nl-type: u32}
    3: {id: sunrpc_a_unix_gid_gids, -nl-type: u32, doc: one attribute per group id}
    4: {id: sunrpc_a_unix_gid_negative, -nl-type: flag}
    5: {id: sunrpc_a_unix_gid_expiry, -nl-type: u64}
  sunrpc_a_unix_gid_reqs:
    1: {id: sunrpc_a_unix_gid_reqs_requests, -nl-type: nest, -nl-nest: sunrpc_a_unix_gid, doc: one nest per request}
  sunrpc_a_cache_flush:
    1: {id: sunrpc_a_cache_flush_mask, -nl-type: u32, -nl-flags: sunrpc_cache_type}
  sunrpc_cache_type:
    0x1: sunrpc_cache_type_ip_map
    0x2: sunrpc_cache_type_unix_gid
