meta:
  id: linux_common
  title: "Numbers shared by several netlink families"
  license: MIT
doc: |
  Address families (AF_*), used by the fixed headers of most rtnetlink, sock_diag and xfrm
  messages. The values are the kernel's (include/linux/socket.h, mirrored by the C library's
  bits/socket.h; the UAPI headers do not carry them).
doc-ref: /usr/include/x86_64-linux-gnu/bits/socket.h
enums:
  address_family:
    0: af_unspec
    1: af_unix
    2: af_inet
    3: af_ax25
    4: af_ipx
    5: af_appletalk
    7: af_bridge
    10: af_inet6
    15: af_key
    16: af_netlink
    17: af_packet
    26: af_llc
    27: af_ib
    28: af_mpls
    29: af_can
    30: af_tipc
    31: af_bluetooth
    40: af_vsock
    43: af_smc
    44: af_xdp
    128: rtnl_family_ipmr
    129: rtnl_family_ip6mr
