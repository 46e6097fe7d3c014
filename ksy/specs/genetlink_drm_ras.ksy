meta:
  id: genetlink_drm_ras
  title: "Generic netlink family drm-ras: DRM_RAS_CMD_*, DRM_RAS_A_NODE_ATTRS_*, DRM_RAS_A_ERROR_COUNTER_ATTRS_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Reliability counters of graphics devices (DRM RAS, Linux 7.2 headers). A DRM driver registers nodes (a hardware or
  software block of a device); LIST_NODES dumps them: the node's id, the device's and the node's names and its type
  (only error counters so far). GET_ERROR_COUNTER reads one counter of a node (node id and error id) or dumps a
  node's counters: the error's id, name and value; CLEAR_ERROR_COUNTER resets one. A kernel built without DRM RAS
  (Debian's 7.2) registers no family. The value types are those of the family's YNL spec the header is generated
  from.
doc-ref: /usr/include/drm/drm_ras.h
params:
  - id: is_le
    type: bool
enums:
  drm_ras_cmd:
    1: {id: drm_ras_cmd_list_nodes, -nl-kind: get, -nl-attrs: drm_ras_a_node_attrs}
    2: {id: drm_ras_cmd_get_error_counter, -nl-kind: get, -nl-attrs: drm_ras_a_error_counter_attrs}
    3: {id: drm_ras_cmd_clear_error_counter, -nl-kind: delete, -nl-attrs: drm_ras_a_error_counter_attrs}
  drm_ras_node_type:
    1: drm_ras_node_type_error_counter
  drm_ras_a_node_attrs:
    1: {id: drm_ras_a_node_attrs_node_id, -nl-type: u32}
    2: {id: drm_ras_a_node_attrs_device_name, -nl-type: string, doc: "the driver's choice: a PCI address, a UUID or a module name"}
    3: {id: drm_ras_a_node_attrs_node_name, -nl-type: string}
    4: {id: drm_ras_a_node_attrs_node_type, -nl-type: u32, -nl-enum: drm_ras_node_type}
  drm_ras_a_error_counter_attrs:
    1: {id: drm_ras_a_error_counter_attrs_node_id, -nl-type: u32}
    2: {id: drm_ras_a_error_counter_attrs_error_id, -nl-type: u32}
    3: {id: drm_ras_a_error_counter_attrs_error_name, -nl-type: string}
    4: {id: drm_ras_a_error_counter_attrs_error_value, -nl-type: u32}
