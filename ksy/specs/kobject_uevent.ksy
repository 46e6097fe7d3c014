meta:
  id: kobject_uevent
  title: NETLINK_KOBJECT_UEVENT datagrams (kernel uevents and udev's re-broadcast)
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Not netlink-framed: a datagram has no nlmsghdr. The kernel (lib/kobject_uevent.c,
  kobject_uevent_env) sends "ACTION@DEVPATH\0" then "KEY=VALUE\0" properties (ACTION,
  DEVPATH, SUBSYSTEM, SEQNUM, ...). udev (systemd-udevd, sd_device_monitor_send) re-broadcasts
  to group 2 with the header udev_monitor_header ("libudev\0" prefix, magic 0xfeedcafe in
  network order, then the offset and length of the properties block of KEY=VALUE\0 strings).
  The dissector shows the first line as ACTION and DEVPATH and every property as a text field
  named by its key.
doc-ref: /usr/include/linux/netlink.h (NETLINK_KOBJECT_UEVENT)
params:
  - id: is_le
    type: bool
types:
  udev_monitor_header:
    doc: |
      The monitor header of udev's messages (40 bytes); header_size and the properties offset
      and length are in host order, the magic and the filter hashes in network order.
    seq:
      - {id: prefix, size: 8, -nl-type: string}
      - {id: magic, type: u4be}
      - {id: header_size, type: u4}
      - {id: properties_off, type: u4}
      - {id: properties_len, type: u4}
      - {id: filter_subsystem_hash, type: u4be}
      - {id: filter_devtype_hash, type: u4be}
      - {id: filter_tag_bloom_hi, type: u4be}
      - {id: filter_tag_bloom_lo, type: u4be}
enums:
  uevent_type:
    # the type name a datagram is shown with (it has no nlmsghdr, so no type number)
    0: uevent
    1: {id: udev_monitor, doc: "udev's re-broadcast, with udev_monitor_header"}
