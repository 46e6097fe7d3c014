meta:
  id: genetlink_dpll
  title: "Generic netlink family dpll: DPLL_CMD_*, DPLL_A_*, DPLL_A_PIN_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Digital phase-locked loops (SyncE and PTP clock hardware, Linux 7.2 headers). A DPLL device is found by its
  driver's module name and clock id (DEVICE_ID_GET, answered with DPLL_A_ID), read with DEVICE_GET (its mode, lock
  status and why it changed, temperature, type, clock quality) and changed with DEVICE_SET. Its pins (inputs and
  outputs: external connectors, a port's recovered clock, GNSS, an oscillator) are found with PIN_ID_GET, read with
  PIN_GET and changed with PIN_SET; a pin reports, per parent device (DPLL_A_PIN_PARENT_DEVICE) or parent pin of a
  mux (DPLL_A_PIN_PARENT_PIN), its direction, priority, state and phase offset. Every change is notified to group
  "monitor" (DEVICE_*_NTF, PIN_*_NTF). The parent, frequency range and reference-sync nests hold attributes of the
  pin set itself, as the family's YNL spec gives them (subsets of the pin set). The value types are that spec's
  (the header is generated from it; uint/sint: 32 or 64 bits). A link's IFLA_DPLL_PIN (rtnetlink_link.ksy) holds
  this pin set too.
doc-ref: /usr/include/linux/dpll.h
params:
  - id: is_le
    type: bool
enums:
  dpll_cmd:
    # -nl-group: "monitor" (DPLL_MCGRP_MONITOR) for the *_NTF notifications
    1: {id: dpll_cmd_device_id_get, -nl-kind: get, -nl-attrs: dpll_a, doc: "a device's id by module name, clock id and type"}
    2: {id: dpll_cmd_device_get, -nl-kind: get, -nl-attrs: dpll_a}
    3: {id: dpll_cmd_device_set, -nl-kind: new, -nl-attrs: dpll_a}
    4: {id: dpll_cmd_device_create_ntf, -nl-kind: other, -nl-attrs: dpll_a, -nl-group: monitor}
    5: {id: dpll_cmd_device_delete_ntf, -nl-kind: other, -nl-attrs: dpll_a, -nl-group: monitor}
    6: {id: dpll_cmd_device_change_ntf, -nl-kind: other, -nl-attrs: dpll_a, -nl-group: monitor}
    7: {id: dpll_cmd_pin_id_get, -nl-kind: get, -nl-attrs: dpll_a_pin, doc: "a pin's id by module name, clock id, labels and type"}
    8: {id: dpll_cmd_pin_get, -nl-kind: get, -nl-attrs: dpll_a_pin}
    9: {id: dpll_cmd_pin_set, -nl-kind: new, -nl-attrs: dpll_a_pin}
    10: {id: dpll_cmd_pin_create_ntf, -nl-kind: other, -nl-attrs: dpll_a_pin, -nl-group: monitor}
    11: {id: dpll_cmd_pin_delete_ntf, -nl-kind: other, -nl-attrs: dpll_a_pin, -nl-group: monitor}
    12: {id: dpll_cmd_pin_change_ntf, -nl-kind: other, -nl-attrs: dpll_a_pin, -nl-group: monitor}
  dpll_a:
    1: {id: dpll_a_id, -nl-type: u32}
    2: {id: dpll_a_module_name, -nl-type: string}
    3: {id: dpll_a_pad, -nl-type: binary}
    4: {id: dpll_a_clock_id, -nl-type: u64}
    5: {id: dpll_a_mode, -nl-type: u32, -nl-enum: dpll_mode}
    6: {id: dpll_a_mode_supported, -nl-type: u32, -nl-enum: dpll_mode, doc: one attribute per mode}
    7: {id: dpll_a_lock_status, -nl-type: u32, -nl-enum: dpll_lock_status}
    8: {id: dpll_a_temp, -nl-type: s32, doc: "degrees Celsius times DPLL_TEMP_DIVIDER (1000)"}
    9: {id: dpll_a_type, -nl-type: u32, -nl-enum: dpll_type}
    10: {id: dpll_a_lock_status_error, -nl-type: u32, -nl-enum: dpll_lock_status_error}
    11: {id: dpll_a_clock_quality_level, -nl-type: u32, -nl-enum: dpll_clock_quality_level, doc: one attribute per level}
    12: {id: dpll_a_phase_offset_monitor, -nl-type: u32, -nl-enum: dpll_feature_state}
    13: {id: dpll_a_phase_offset_avg_factor, -nl-type: u32}
    14: {id: dpll_a_frequency_monitor, -nl-type: u32, -nl-enum: dpll_feature_state}
  dpll_a_pin:
    1: {id: dpll_a_pin_id, -nl-type: u32}
    2: {id: dpll_a_pin_parent_id, -nl-type: u32, doc: "in a parent nest: the parent device's or pin's id"}
    3: {id: dpll_a_pin_module_name, -nl-type: string}
    4: {id: dpll_a_pin_pad, -nl-type: binary}
    5: {id: dpll_a_pin_clock_id, -nl-type: u64}
    6: {id: dpll_a_pin_board_label, -nl-type: string}
    7: {id: dpll_a_pin_panel_label, -nl-type: string}
    8: {id: dpll_a_pin_package_label, -nl-type: string}
    9: {id: dpll_a_pin_type, -nl-type: u32, -nl-enum: dpll_pin_type}
    10: {id: dpll_a_pin_direction, -nl-type: u32, -nl-enum: dpll_pin_direction}
    11: {id: dpll_a_pin_frequency, -nl-type: u64, doc: Hz}
    12: {id: dpll_a_pin_frequency_supported, -nl-type: nest, -nl-nest: dpll_a_pin, doc: "one range (FREQUENCY_MIN, FREQUENCY_MAX) per attribute"}
    13: {id: dpll_a_pin_frequency_min, -nl-type: u64, doc: Hz}
    14: {id: dpll_a_pin_frequency_max, -nl-type: u64, doc: Hz}
    15: {id: dpll_a_pin_prio, -nl-type: u32, doc: 0 is the highest}
    16: {id: dpll_a_pin_state, -nl-type: u32, -nl-enum: dpll_pin_state}
    17: {id: dpll_a_pin_capabilities, -nl-type: u32, -nl-flags: dpll_pin_capabilities}
    18: {id: dpll_a_pin_parent_device, -nl-type: nest, -nl-nest: dpll_a_pin, doc: "the pin as one parent device sees it (PARENT_ID, DIRECTION, PRIO, STATE, PHASE_OFFSET ...); one per device"}
    19: {id: dpll_a_pin_parent_pin, -nl-type: nest, -nl-nest: dpll_a_pin, doc: "the pin as an input of a mux pin (PARENT_ID, STATE); one per parent"}
    20: {id: dpll_a_pin_phase_adjust_min, -nl-type: s32, doc: picoseconds}
    21: {id: dpll_a_pin_phase_adjust_max, -nl-type: s32, doc: picoseconds}
    22: {id: dpll_a_pin_phase_adjust, -nl-type: s32, doc: picoseconds}
    23: {id: dpll_a_pin_phase_offset, -nl-type: s64, doc: "picoseconds times DPLL_PHASE_OFFSET_DIVIDER (1000)"}
    24: {id: dpll_a_pin_fractional_frequency_offset, -nl-type: sint, doc: parts per million}
    25: {id: dpll_a_pin_esync_frequency, -nl-type: u64, doc: Hz}
    26: {id: dpll_a_pin_esync_frequency_supported, -nl-type: nest, -nl-nest: dpll_a_pin, doc: "one range (FREQUENCY_MIN, FREQUENCY_MAX) per attribute"}
    27: {id: dpll_a_pin_esync_pulse, -nl-type: u32, doc: percent of the period}
    28: {id: dpll_a_pin_reference_sync, -nl-type: nest, -nl-nest: dpll_a_pin, doc: "a pin this one can sync with (ID, STATE); one per pin"}
    29: {id: dpll_a_pin_phase_adjust_gran, -nl-type: u32, doc: picoseconds}
    30: {id: dpll_a_pin_fractional_frequency_offset_ppt, -nl-type: sint, doc: parts per trillion}
    31: {id: dpll_a_pin_measured_frequency, -nl-type: u64, doc: "millihertz (DPLL_PIN_MEASURED_FREQUENCY_DIVIDER 1000)"}
    32: {id: dpll_a_pin_operstate, -nl-type: u32, -nl-enum: dpll_pin_operstate}
  dpll_mode:
    1: dpll_mode_manual
    2: dpll_mode_automatic
  dpll_lock_status:
    1: dpll_lock_status_unlocked
    2: dpll_lock_status_locked
    3: dpll_lock_status_locked_ho_acq
    4: dpll_lock_status_holdover
  dpll_lock_status_error:
    1: dpll_lock_status_error_none
    2: dpll_lock_status_error_undefined
    3: dpll_lock_status_error_media_down
    4: dpll_lock_status_error_fractional_frequency_offset_too_high
  dpll_clock_quality_level:
    1: dpll_clock_quality_level_itu_opt1_prc
    2: dpll_clock_quality_level_itu_opt1_ssu_a
    3: dpll_clock_quality_level_itu_opt1_ssu_b
    4: dpll_clock_quality_level_itu_opt1_eec1
    5: dpll_clock_quality_level_itu_opt1_prtc
    6: dpll_clock_quality_level_itu_opt1_eprtc
    7: dpll_clock_quality_level_itu_opt1_eeec
    8: dpll_clock_quality_level_itu_opt1_eprc
  dpll_type:
    1: dpll_type_pps
    2: dpll_type_eec
    3: dpll_type_generic
  dpll_pin_type:
    1: dpll_pin_type_mux
    2: dpll_pin_type_ext
    3: dpll_pin_type_synce_eth_port
    4: dpll_pin_type_int_oscillator
    5: dpll_pin_type_gnss
  dpll_pin_direction:
    1: dpll_pin_direction_input
    2: dpll_pin_direction_output
  dpll_pin_state:
    1: dpll_pin_state_connected
    2: dpll_pin_state_disconnected
    3: dpll_pin_state_selectable
  dpll_pin_operstate:
    1: dpll_pin_operstate_active
    2: dpll_pin_operstate_standby
    3: dpll_pin_operstate_no_signal
    4: dpll_pin_operstate_qual_failed
  dpll_pin_capabilities:
    0x1: dpll_pin_capabilities_direction_can_change
    0x2: dpll_pin_capabilities_priority_can_change
    0x4: dpll_pin_capabilities_state_can_change
  dpll_feature_state:
    0: dpll_feature_state_disable
    1: dpll_feature_state_enable
