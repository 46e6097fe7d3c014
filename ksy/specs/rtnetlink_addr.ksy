meta:
  id: rtnetlink_addr
  title: "rtnetlink addresses: struct ifaddrmsg and IFA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  RTM_NEWADDR, RTM_DELADDR, RTM_GETADDR (and the multicast/anycast dumps RTM_GETMULTICAST,
  RTM_GETANYCAST): struct ifaddrmsg then IFA_* attributes.

  ifa_flags holds the low 8 IFA_F_* bits; IFA_FLAGS (u32) carries all of them and, when
  present, is the one the kernel uses. IFA_ADDRESS is the prefix (or, on point-to-point
  links, the peer) address; IFA_LOCAL the local one. Addresses are IPv4 or IPv6 by length.
doc-ref: /usr/include/linux/if_addr.h, /usr/include/linux/rtnetlink.h
params:
  - id: is_le
    type: bool
types:
  ifaddrmsg:
    doc: struct ifaddrmsg (if_addr.h)
    seq:
      - id: ifa_family
        type: u1
        -nl-enum: linux_common.address_family
      - id: ifa_prefixlen
        type: u1
      - id: ifa_flags
        type: u1
        -nl-flags: ifa_f
      - id: ifa_scope
        type: u1
        -nl-enum: rt_scope
      - id: ifa_index
        type: u4
  ifa_cacheinfo:
    doc: struct ifa_cacheinfo (if_addr.h); lifetimes in seconds (0xffffffff is forever), stamps in hundredths of seconds
    seq:
      - id: ifa_prefered
        type: u4
        -nl-enum: ifa_lifetime
      - id: ifa_valid
        type: u4
        -nl-enum: ifa_lifetime
      - id: cstamp
        type: u4
      - id: tstamp
        type: u4
enums:
  ifa_lifetime:
    # INFINITY_LIFE_TIME of the kernel's include/net/addrconf.h (not exported to the UAPI headers): an address
    # that never expires, shown as iproute2 shows it
    0xffffffff: {id: infinity_life_time, -nl-display: forever}
  ifa_attr:
    0: {id: ifa_unspec, -nl-type: binary}
    1: {id: ifa_address, -nl-type: ipaddr}
    2: {id: ifa_local, -nl-type: ipaddr}
    3: {id: ifa_label, -nl-type: string}
    4: {id: ifa_broadcast, -nl-type: ipaddr}
    5: {id: ifa_anycast, -nl-type: ipaddr}
    6: {id: ifa_cacheinfo, -nl-type: struct, -nl-struct: ifa_cacheinfo}
    7: {id: ifa_multicast, -nl-type: ipaddr}
    8: {id: ifa_flags, -nl-type: u32, -nl-flags: ifa_f}
    9: {id: ifa_rt_priority, -nl-type: u32}
    10: {id: ifa_target_netnsid, -nl-type: s32}
    11: {id: ifa_proto, -nl-type: u8, -nl-enum: ifaprot}
  ifa_f:
    # IFA_F_* bits (if_addr.h); IFA_F_TEMPORARY is another name of IFA_F_SECONDARY (0x01)
    0x01: ifa_f_secondary
    0x02: ifa_f_nodad
    0x04: ifa_f_optimistic
    0x08: ifa_f_dadfailed
    0x10: ifa_f_homeaddress
    0x20: ifa_f_deprecated
    0x40: ifa_f_tentative
    0x80: ifa_f_permanent
    0x100: ifa_f_managetempaddr
    0x200: ifa_f_noprefixroute
    0x400: ifa_f_mcautojoin
    0x800: ifa_f_stable_privacy
  ifaprot:
    # ifa_proto values (if_addr.h)
    0: ifaprot_unspec
    1: ifaprot_kernel_lo
    2: ifaprot_kernel_ra
    3: ifaprot_kernel_ll
  rt_scope:
    # enum rt_scope_t (rtnetlink.h)
    0: rt_scope_universe
    200: rt_scope_site
    253: rt_scope_link
    254: rt_scope_host
    255: rt_scope_nowhere
