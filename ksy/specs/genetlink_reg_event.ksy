meta:
  id: genetlink_reg_event
  title: "Generic netlink family reg_event: REG_GENL_CMD_*, REG_GENL_ATTR_*, struct reg_genl_event, REGULATOR_EVENT_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Voltage regulator events (Linux 7.2 headers): with CONFIG_REGULATOR_NETLINK_EVENTS the kernel sends each event a
  regulator raises (under voltage, over current, over temperature, a failure, a voltage change ...) to group
  "reg_mc_group" as REG_GENL_CMD_EVENT with one REG_GENL_ATTR_EVENT: struct reg_genl_event, the regulator's name and
  the event bits (REGULATOR_EVENT_*, which may be OR'ed together). The family takes no requests. A kernel built
  without the option (Debian's 7.2) registers no family.
doc-ref: /usr/include/regulator/regulator.h
params:
  - id: is_le
    type: bool
types:
  reg_genl_event:
    doc: "struct reg_genl_event (regulator.h)"
    seq:
      - {id: reg_name, size: 32, -nl-type: string}
      - {id: event, type: u8, -nl-flags: regulator_event}
enums:
  reg_genl_cmd:
    # group "reg_mc_group" (REG_GENL_MCAST_GROUP_NAME) as a doc only, no -nl-group: Debian's 7.2 registers no
    # reg_event family, so no capture announces it
    0: {id: reg_genl_cmd_unspec, -nl-kind: other}
    1: {id: reg_genl_cmd_event, -nl-kind: other, doc: "a regulator's event, to group reg_mc_group"}
  reg_genl_attr:
    0: {id: reg_genl_attr_unspec, -nl-type: binary}
    1: {id: reg_genl_attr_event, -nl-type: struct, -nl-struct: reg_genl_event}
  regulator_event:
    0x01: regulator_event_under_voltage
    0x02: regulator_event_over_current
    0x04: regulator_event_regulation_out
    0x08: regulator_event_fail
    0x10: regulator_event_over_temp
    0x20: regulator_event_force_disable
    0x40: regulator_event_voltage_change
    0x80: regulator_event_disable
    0x100: regulator_event_pre_voltage_change
    0x200: regulator_event_abort_voltage_change
    0x400: regulator_event_pre_disable
    0x800: regulator_event_abort_disable
    0x1000: regulator_event_enable
    0x2000: regulator_event_under_voltage_warn
    0x4000: regulator_event_over_current_warn
    0x8000: regulator_event_over_voltage_warn
    0x10000: regulator_event_over_temp_warn
