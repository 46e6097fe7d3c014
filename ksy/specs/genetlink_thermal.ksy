meta:
  id: genetlink_thermal
  title: "Generic netlink family thermal: THERMAL_GENL_CMD_*, THERMAL_GENL_EVENT_*, THERMAL_GENL_ATTR_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Thermal zones, trip points and cooling devices. The kernel multicasts events (group
  "event": THERMAL_GENL_EVENT_TZ_TRIP_UP ..., group "sampling": temperatures) and answers the
  THERMAL_GENL_CMD_* requests. Requests read by the command table; everything the kernel sends
  reads by thermal_genl_kernel: the events, and THERMAL_GENL_SAMPLING_TEMP (0) of the sampling group, which is what the groups carry (a command's reply repeats the
  command's number, so a reply to THERMAL_GENL_CMD_TZ_GET_ID (1) shows as
  THERMAL_GENL_EVENT_TZ_CREATE (1); both use the same attributes, so the values are right).
  THERMAL_GENL_ATTR_TZ, _TZ_TRIP, _TZ_GOV, _CDEV and _CPU_CAPABILITY are nests of the same
  attribute set, repeated once per zone, trip, device or CPU. Temperatures are in
  millidegrees Celsius; the kernel puts an int with nla_put_u32, so they read as s32. The
  header gives no types: they are those of the kernel's policy and nla_put calls
  (drivers/thermal/thermal_netlink.c: u32 ids, states, weights and modes, strings for names).
doc-ref: /usr/include/linux/thermal.h
params:
  - id: is_le
    type: bool
enums:
  thermal_genl_cmd:
    0: {id: thermal_genl_cmd_unspec, -nl-kind: other}
    1: {id: thermal_genl_cmd_tz_get_id, -nl-kind: get}
    2: {id: thermal_genl_cmd_tz_get_trip, -nl-kind: get}
    3: {id: thermal_genl_cmd_tz_get_temp, -nl-kind: get}
    4: {id: thermal_genl_cmd_tz_get_gov, -nl-kind: get}
    5: {id: thermal_genl_cmd_tz_get_mode, -nl-kind: get}
    6: {id: thermal_genl_cmd_cdev_get, -nl-kind: get}
    7: {id: thermal_genl_cmd_threshold_get, -nl-kind: get}
    8: {id: thermal_genl_cmd_threshold_add, -nl-kind: new}
    9: {id: thermal_genl_cmd_threshold_delete, -nl-kind: delete}
    10: {id: thermal_genl_cmd_threshold_flush, -nl-kind: delete}
  thermal_genl_event:
    0: {id: thermal_genl_event_unspec, -nl-kind: other}
    1: {id: thermal_genl_event_tz_create, -nl-kind: new}
    2: {id: thermal_genl_event_tz_delete, -nl-kind: delete}
    3: {id: thermal_genl_event_tz_disable, -nl-kind: other}
    4: {id: thermal_genl_event_tz_enable, -nl-kind: other}
    5: {id: thermal_genl_event_tz_trip_up, -nl-kind: other}
    6: {id: thermal_genl_event_tz_trip_down, -nl-kind: other}
    7: {id: thermal_genl_event_tz_trip_change, -nl-kind: other}
    8: {id: thermal_genl_event_tz_trip_add, -nl-kind: new}
    9: {id: thermal_genl_event_tz_trip_delete, -nl-kind: delete}
    10: {id: thermal_genl_event_cdev_add, -nl-kind: new}
    11: {id: thermal_genl_event_cdev_delete, -nl-kind: delete}
    12: {id: thermal_genl_event_cdev_state_update, -nl-kind: other}
    13: {id: thermal_genl_event_tz_gov_change, -nl-kind: other}
    14: {id: thermal_genl_event_cpu_capability_change, -nl-kind: other}
    15: {id: thermal_genl_event_threshold_add, -nl-kind: new}
    16: {id: thermal_genl_event_threshold_delete, -nl-kind: delete}
    17: {id: thermal_genl_event_threshold_flush, -nl-kind: delete}
    18: {id: thermal_genl_event_threshold_up, -nl-kind: other}
    19: {id: thermal_genl_event_threshold_down, -nl-kind: other}
  thermal_genl_kernel:
    # -nl-group: thermal_genl_sampling_temp sends THERMAL_GENL_SAMPLING_TEMP to "sampling"
    # (THERMAL_GENL_SAMPLING_GROUP_NAME, group 0 of the family), thermal_genl_send_event every
    # THERMAL_GENL_EVENT_* to "event" (THERMAL_GENL_EVENT_GROUP_NAME, group 1); both with
    # genlmsg_multicast (drivers/thermal/thermal_netlink.c).
    # What the kernel sends: on group "sampling", THERMAL_GENL_SAMPLING_TEMP (0, enum
    # thermal_genl_sampling) with TZ_ID and TZ_TEMP; on group "event" and as replies, enum
    # thermal_genl_event.
    0: {id: thermal_genl_sampling_temp, -nl-kind: other, -nl-group: sampling}
    1: {id: thermal_genl_event_tz_create, -nl-kind: new, -nl-group: event}
    2: {id: thermal_genl_event_tz_delete, -nl-kind: delete, -nl-group: event}
    3: {id: thermal_genl_event_tz_disable, -nl-kind: other, -nl-group: event}
    4: {id: thermal_genl_event_tz_enable, -nl-kind: other, -nl-group: event}
    5: {id: thermal_genl_event_tz_trip_up, -nl-kind: other, -nl-group: event}
    6: {id: thermal_genl_event_tz_trip_down, -nl-kind: other, -nl-group: event}
    7: {id: thermal_genl_event_tz_trip_change, -nl-kind: other, -nl-group: event}
    8: {id: thermal_genl_event_tz_trip_add, -nl-kind: new, -nl-group: event}
    9: {id: thermal_genl_event_tz_trip_delete, -nl-kind: delete, -nl-group: event}
    10: {id: thermal_genl_event_cdev_add, -nl-kind: new, -nl-group: event}
    11: {id: thermal_genl_event_cdev_delete, -nl-kind: delete, -nl-group: event}
    12: {id: thermal_genl_event_cdev_state_update, -nl-kind: other, -nl-group: event}
    13: {id: thermal_genl_event_tz_gov_change, -nl-kind: other, -nl-group: event}
    14: {id: thermal_genl_event_cpu_capability_change, -nl-kind: other, -nl-group: event}
    15: {id: thermal_genl_event_threshold_add, -nl-kind: new, -nl-group: event}
    16: {id: thermal_genl_event_threshold_delete, -nl-kind: delete, -nl-group: event}
    17: {id: thermal_genl_event_threshold_flush, -nl-kind: delete, -nl-group: event}
    18: {id: thermal_genl_event_threshold_up, -nl-kind: other, -nl-group: event}
    19: {id: thermal_genl_event_threshold_down, -nl-kind: other, -nl-group: event}
  thermal_device_mode:
    0: thermal_device_disabled
    1: thermal_device_enabled
  thermal_trip_type:
    0: thermal_trip_active
    1: thermal_trip_passive
    2: thermal_trip_hot
    3: thermal_trip_critical
  thermal_genl_attr:
    0: {id: thermal_genl_attr_unspec, -nl-type: binary}
    1: {id: thermal_genl_attr_tz, -nl-type: nest, -nl-nest: thermal_genl_attr}
    2: {id: thermal_genl_attr_tz_id, -nl-type: u32}
    3: {id: thermal_genl_attr_tz_temp, -nl-type: s32, doc: millidegrees Celsius}
    4: {id: thermal_genl_attr_tz_trip, -nl-type: nest, -nl-nest: thermal_genl_attr}
    5: {id: thermal_genl_attr_tz_trip_id, -nl-type: u32}
    6: {id: thermal_genl_attr_tz_trip_type, -nl-type: u32, -nl-enum: thermal_trip_type}
    7: {id: thermal_genl_attr_tz_trip_temp, -nl-type: s32, doc: millidegrees Celsius}
    8: {id: thermal_genl_attr_tz_trip_hyst, -nl-type: s32, doc: millidegrees Celsius}
    9: {id: thermal_genl_attr_tz_mode, -nl-type: u32, -nl-enum: thermal_device_mode}
    10: {id: thermal_genl_attr_tz_name, -nl-type: string}
    11: {id: thermal_genl_attr_tz_cdev_weight, -nl-type: u32}
    12: {id: thermal_genl_attr_tz_gov, -nl-type: nest, -nl-nest: thermal_genl_attr}
    13: {id: thermal_genl_attr_tz_gov_name, -nl-type: string}
    14: {id: thermal_genl_attr_cdev, -nl-type: nest, -nl-nest: thermal_genl_attr}
    15: {id: thermal_genl_attr_cdev_id, -nl-type: u32}
    16: {id: thermal_genl_attr_cdev_cur_state, -nl-type: u32}
    17: {id: thermal_genl_attr_cdev_max_state, -nl-type: u32}
    18: {id: thermal_genl_attr_cdev_name, -nl-type: string}
    19: {id: thermal_genl_attr_gov_name, -nl-type: string}
    20: {id: thermal_genl_attr_cpu_capability, -nl-type: nest, -nl-nest: thermal_genl_attr}
    21: {id: thermal_genl_attr_cpu_capability_id, -nl-type: u32}
    22: {id: thermal_genl_attr_cpu_capability_performance, -nl-type: u32}
    23: {id: thermal_genl_attr_cpu_capability_efficiency, -nl-type: u32}
    # 7.2: user thresholds of a zone (THERMAL_GENL_CMD_THRESHOLD_*); the direction's bits are THERMAL_THRESHOLD_WAY_*
    24: {id: thermal_genl_attr_threshold, -nl-type: nest, -nl-nest: thermal_genl_attr}
    25: {id: thermal_genl_attr_threshold_temp, -nl-type: s32, doc: millidegrees Celsius}
    26: {id: thermal_genl_attr_threshold_direction, -nl-type: u32, -nl-flags: thermal_threshold_way}
    27: {id: thermal_genl_attr_tz_prev_temp, -nl-type: s32, doc: millidegrees Celsius}
  thermal_threshold_way:
    0x1: thermal_threshold_way_up
    0x2: thermal_threshold_way_down
