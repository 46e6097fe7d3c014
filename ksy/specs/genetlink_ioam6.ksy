meta:
  id: genetlink_ioam6
  title: "Generic netlink family IOAM6: IOAM6_CMD_*, IOAM6_ATTR_*, IOAM6_EVENT_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  IPv6 In-situ OAM namespaces and schemas of a network namespace (ip ioam namespace/schema).
  IOAM6_CMD_DUMP_NAMESPACES answers one message per namespace (id, data, wide data, schema);
  IOAM6_EVENT_TRACE notifications (group ioam6_events) carry a received trace.
doc-ref: /usr/include/linux/ioam6_genl.h
params:
  - id: is_le
    type: bool
enums:
  ioam6_cmd:
    0: {id: ioam6_cmd_unspec, -nl-kind: other}
    1: {id: ioam6_cmd_add_namespace, -nl-kind: new}
    2: {id: ioam6_cmd_del_namespace, -nl-kind: delete}
    3: {id: ioam6_cmd_dump_namespaces, -nl-kind: get}
    4: {id: ioam6_cmd_add_schema, -nl-kind: new}
    5: {id: ioam6_cmd_del_schema, -nl-kind: delete}
    6: {id: ioam6_cmd_dump_schemas, -nl-kind: get}
    7: {id: ioam6_cmd_ns_set_schema, -nl-kind: new}
  ioam6_attr:
    0: {id: ioam6_attr_unspec, -nl-type: binary}
    1: {id: ioam6_attr_ns_id, -nl-type: u16}
    2: {id: ioam6_attr_ns_data, -nl-type: u32}
    3: {id: ioam6_attr_ns_data_wide, -nl-type: u64}
    4: {id: ioam6_attr_sc_id, -nl-type: u32}
    5: {id: ioam6_attr_sc_data, -nl-type: binary}
    6: {id: ioam6_attr_sc_none, -nl-type: flag}
    7: {id: ioam6_attr_pad, -nl-type: binary}
  ioam6_event_type:
    # multicast on group "ioam6_events" (IOAM6_GENL_EV_GRP_NAME)
    0: {id: ioam6_event_unspec, -nl-kind: other, -nl-attrs: ioam6_event_attr}
    1: {id: ioam6_event_trace, -nl-kind: other, -nl-attrs: ioam6_event_attr, -nl-group: ioam6_events}
  ioam6_event_attr:
    0: {id: ioam6_event_attr_unspec, -nl-type: binary}
    1: {id: ioam6_event_attr_trace_namespace, -nl-type: u16}
    2: {id: ioam6_event_attr_trace_nodelen, -nl-type: u8}
    3: {id: ioam6_event_attr_trace_type, -nl-type: u32}
    4: {id: ioam6_event_attr_trace_data, -nl-type: binary}
