meta:
  id: genetlink_team
  title: "Generic netlink family team: TEAM_CMD_*, TEAM_ATTR_*, TEAM_ATTR_OPTION_*, TEAM_ATTR_PORT_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  The team network driver, driven by teamd (libteam). TEAM_CMD_OPTIONS_GET/SET carry
  TEAM_ATTR_LIST_OPTION, a nest of TEAM_ATTR_ITEM_OPTION nests, each one option
  (TEAM_ATTR_OPTION_NAME such as "mode", "activeport", "enabled"); TEAM_CMD_PORT_LIST_GET
  answers with TEAM_ATTR_LIST_PORT, a nest of TEAM_ATTR_ITEM_PORT nests. The kernel answers
  and notifies (group change_event) with the request's command.
  TEAM_ATTR_OPTION_TYPE is the kernel's own attribute type number (NLA_U32, NLA_STRING,
  NLA_BINARY, NLA_FLAG, NLA_S32 of the kernel's net/netlink.h, not a UAPI enum), and
  TEAM_ATTR_OPTION_DATA holds a value of that type; both show as numbers and bytes.
doc-ref: /usr/include/linux/if_team.h
params:
  - id: is_le
    type: bool
enums:
  team_cmd:
    # -nl-group: "change_event" (TEAM_GENL_CHANGE_EVENT_MC_GRP_NAME): team_nl_send_event_options_get
    # and team_nl_send_event_port_get (drivers/net/team/team.c) multicast changed options as
    # TEAM_CMD_OPTIONS_GET and changed ports as TEAM_CMD_PORT_LIST_GET through
    # team_nl_send_multicast.
    0: {id: team_cmd_noop, -nl-kind: other}
    1: {id: team_cmd_options_set, -nl-kind: new}
    2: {id: team_cmd_options_get, -nl-kind: get, -nl-group: change_event}
    3: {id: team_cmd_port_list_get, -nl-kind: get, -nl-group: change_event}
  team_attr:
    0: {id: team_attr_unspec, -nl-type: binary}
    1: {id: team_attr_team_ifindex, -nl-type: u32}
    2: {id: team_attr_list_option, -nl-type: nest, -nl-nest: team_attr_item_option}
    3: {id: team_attr_list_port, -nl-type: nest, -nl-nest: team_attr_item_port}
  team_attr_item_option:
    0: {id: team_attr_item_option_unspec, -nl-type: binary}
    1: {id: team_attr_item_option, -nl-type: nest, -nl-nest: team_attr_option}
  team_attr_option:
    0: {id: team_attr_option_unspec, -nl-type: binary}
    1: {id: team_attr_option_name, -nl-type: string}
    2: {id: team_attr_option_changed, -nl-type: flag}
    3: {id: team_attr_option_type, -nl-type: u8}
    4: {id: team_attr_option_data, -nl-type: binary, doc: of the type TEAM_ATTR_OPTION_TYPE gives}
    5: {id: team_attr_option_removed, -nl-type: flag}
    6: {id: team_attr_option_port_ifindex, -nl-type: u32}
    7: {id: team_attr_option_array_index, -nl-type: u32}
  team_attr_item_port:
    0: {id: team_attr_item_port_unspec, -nl-type: binary}
    1: {id: team_attr_item_port, -nl-type: nest, -nl-nest: team_attr_port}
  team_attr_port:
    0: {id: team_attr_port_unspec, -nl-type: binary}
    1: {id: team_attr_port_ifindex, -nl-type: u32}
    2: {id: team_attr_port_changed, -nl-type: flag}
    3: {id: team_attr_port_linkup, -nl-type: flag}
    4: {id: team_attr_port_speed, -nl-type: u32}
    5: {id: team_attr_port_duplex, -nl-type: u8}
    6: {id: team_attr_port_removed, -nl-type: flag}
