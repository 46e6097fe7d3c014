meta:
  id: genetlink_dev_energymodel
  title: "Generic netlink family dev-energymodel: DEV_ENERGYMODEL_CMD_*, DEV_ENERGYMODEL_A_PERF_DOMAIN_*, DEV_ENERGYMODEL_A_PERF_TABLE_*, DEV_ENERGYMODEL_A_PERF_STATE_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  The kernel's energy model (Linux 7.2 headers): per performance domain (a set of CPUs, or a device, that change
  frequency together) the table of its performance states, each with its performance, frequency (kHz), power and
  cost. GET_PERF_DOMAINS reads one domain (by DEV_ENERGYMODEL_A_PERF_DOMAIN_PERF_DOMAIN_ID) or dumps them all: its
  id, flags and CPUs (one attribute per CPU). GET_PERF_TABLE answers a domain's id and one PERF_STATE nest per
  state. Group "event" is told when a domain is created or updated (its table, as GET_PERF_TABLE answers it) and
  deleted (its id). A machine without an energy model (a virtual machine) answers the dump with NLMSG_DONE alone.
  The value types are those of the family's YNL spec the header is generated from.
doc-ref: /usr/include/linux/dev_energymodel.h
params:
  - id: is_le
    type: bool
enums:
  dev_energymodel_cmd:
    1: {id: dev_energymodel_cmd_get_perf_domains, -nl-kind: get, -nl-attrs: dev_energymodel_a_perf_domain}
    2: {id: dev_energymodel_cmd_get_perf_table, -nl-kind: get, -nl-attrs: dev_energymodel_a_perf_table}
    3: {id: dev_energymodel_cmd_perf_domain_created, -nl-kind: new, -nl-attrs: dev_energymodel_a_perf_table, -nl-group: event}
    4: {id: dev_energymodel_cmd_perf_domain_updated, -nl-kind: other, -nl-attrs: dev_energymodel_a_perf_table, -nl-group: event}
    5: {id: dev_energymodel_cmd_perf_domain_deleted, -nl-kind: delete, -nl-attrs: dev_energymodel_a_perf_table, -nl-group: event}
  dev_energymodel_a_perf_domain:
    1: {id: dev_energymodel_a_perf_domain_pad, -nl-type: binary}
    2: {id: dev_energymodel_a_perf_domain_perf_domain_id, -nl-type: u32}
    3: {id: dev_energymodel_a_perf_domain_flags, -nl-type: u64, -nl-flags: dev_energymodel_perf_domain_flags}
    4: {id: dev_energymodel_a_perf_domain_cpus, -nl-type: u64, doc: "a CPU of the domain; one attribute per CPU"}
  dev_energymodel_a_perf_table:
    1: {id: dev_energymodel_a_perf_table_perf_domain_id, -nl-type: u32}
    2: {id: dev_energymodel_a_perf_table_perf_state, -nl-type: nest, -nl-nest: dev_energymodel_a_perf_state, doc: "one per performance state"}
  dev_energymodel_a_perf_state:
    1: {id: dev_energymodel_a_perf_state_pad, -nl-type: binary}
    2: {id: dev_energymodel_a_perf_state_performance, -nl-type: u64, doc: "CPU capacity at this frequency"}
    3: {id: dev_energymodel_a_perf_state_frequency, -nl-type: u64, doc: kHz}
    4: {id: dev_energymodel_a_perf_state_power, -nl-type: u64, doc: "in the domain's scale (micro-Watts where the MICROWATTS flag is set)"}
    5: {id: dev_energymodel_a_perf_state_cost, -nl-type: u64}
    6: {id: dev_energymodel_a_perf_state_flags, -nl-type: u64, -nl-flags: dev_energymodel_perf_state_flags}
  dev_energymodel_perf_state_flags:
    1: dev_energymodel_perf_state_flags_perf_state_inefficient
  dev_energymodel_perf_domain_flags:
    1: dev_energymodel_perf_domain_flags_perf_domain_microwatts
    2: dev_energymodel_perf_domain_flags_perf_domain_skip_inefficiencies
    4: dev_energymodel_perf_domain_flags_perf_domain_artificial
