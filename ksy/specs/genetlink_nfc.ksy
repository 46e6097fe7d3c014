meta:
  id: genetlink_nfc
  title: "Generic netlink family nfc: NFC_CMD_*, NFC_EVENT_*, NFC_ATTR_*, NFC_SDP_ATTR_*, NFC_PROTO_*, NFC_COMM_*, NFC_RF_*, NFC_SE_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Near Field Communication controllers (Linux 7.2 headers). GET_DEVICE reads one controller (NFC_ATTR_DEVICE_INDEX)
  or dumps them all: its name (nfc0 ...), the protocols it speaks (NFC_ATTR_PROTOCOLS, a mask of NFC_PROTO_*_MASK
  bits), whether it is powered and its RF mode. DEV_UP and DEV_DOWN power one on and off; START_POLL makes it look
  for targets as an initiator (NFC_ATTR_IM_PROTOCOLS) and/or answer as a target (NFC_ATTR_TM_PROTOCOLS); the kernel
  then notifies group "events" with TARGETS_FOUND, and GET_TARGET dumps the targets found (their index, protocols
  and the NFC-A/B/F/ISO 15693 identification bytes). DEP_LINK_UP opens an NFC-DEP (peer to peer) link to a target;
  the LLC_* commands read and set the LLCP link's parameters and ask for services (SDREQ, answered by the event
  LLC_SDRES with one NFC_SDP_ATTR_* nest per service). Secure elements (a UICC or an embedded one) are listed with
  GET_SE, enabled with ENABLE_SE and talked to with SE_IO (APDUs). The header gives no attribute types: these are
  the types the kernel's nfc netlink code sends and its policy checks (u32 indexes and masks, u8 modes, binary
  identification bytes).
doc-ref: /usr/include/linux/nfc.h
params:
  - id: is_le
    type: bool
enums:
  nfc_commands:
    # -nl-group: "events" (NFC_GENL_MCAST_EVENT_NAME) for the NFC_EVENT_* notifications and the DEP link,
    # firmware download events the kernel sends under the command's number
    0: {id: nfc_cmd_unspec, -nl-kind: other}
    1: {id: nfc_cmd_get_device, -nl-kind: get}
    2: {id: nfc_cmd_dev_up, -nl-kind: other, doc: "power the device on"}
    3: {id: nfc_cmd_dev_down, -nl-kind: other, doc: "power the device off"}
    4: {id: nfc_cmd_dep_link_up, -nl-kind: other, -nl-group: events, doc: "a request, and the event once the NFC-DEP link is up"}
    5: {id: nfc_cmd_dep_link_down, -nl-kind: other, -nl-group: events}
    6: {id: nfc_cmd_start_poll, -nl-kind: other}
    7: {id: nfc_cmd_stop_poll, -nl-kind: other}
    8: {id: nfc_cmd_get_target, -nl-kind: get}
    9: {id: nfc_event_targets_found, -nl-kind: other, -nl-group: events}
    10: {id: nfc_event_device_added, -nl-kind: new, -nl-group: events}
    11: {id: nfc_event_device_removed, -nl-kind: delete, -nl-group: events}
    12: {id: nfc_event_target_lost, -nl-kind: other, -nl-group: events}
    13: {id: nfc_event_tm_activated, -nl-kind: other, -nl-group: events, doc: "the device was activated in target mode"}
    14: {id: nfc_event_tm_deactivated, -nl-kind: other, -nl-group: events}
    15: {id: nfc_cmd_llc_get_params, -nl-kind: get}
    16: {id: nfc_cmd_llc_set_params, -nl-kind: new}
    17: {id: nfc_cmd_enable_se, -nl-kind: other}
    18: {id: nfc_cmd_disable_se, -nl-kind: other}
    19: {id: nfc_cmd_llc_sdreq, -nl-kind: other, doc: "service discovery: URIs in NFC_ATTR_LLC_SDP"}
    20: {id: nfc_event_llc_sdres, -nl-kind: other, -nl-group: events}
    21: {id: nfc_cmd_fw_download, -nl-kind: other, -nl-group: events, doc: "a request, and the event when the firmware was loaded"}
    22: {id: nfc_event_se_added, -nl-kind: new, -nl-group: events}
    23: {id: nfc_event_se_removed, -nl-kind: delete, -nl-group: events}
    24: {id: nfc_event_se_connectivity, -nl-kind: other, -nl-group: events}
    25: {id: nfc_event_se_transaction, -nl-kind: other, -nl-group: events}
    26: {id: nfc_cmd_get_se, -nl-kind: get}
    27: {id: nfc_cmd_se_io, -nl-kind: other}
    28: {id: nfc_cmd_activate_target, -nl-kind: other}
    29: {id: nfc_cmd_vendor, -nl-kind: other}
    30: {id: nfc_cmd_deactivate_target, -nl-kind: other}
  nfc_attrs:
    0: {id: nfc_attr_unspec, -nl-type: binary}
    1: {id: nfc_attr_device_index, -nl-type: u32}
    2: {id: nfc_attr_device_name, -nl-type: string, doc: "at most 8 characters (NFC_DEVICE_NAME_MAXSIZE)"}
    3: {id: nfc_attr_protocols, -nl-type: u32, -nl-flags: nfc_proto_mask}
    4: {id: nfc_attr_target_index, -nl-type: u32}
    5: {id: nfc_attr_target_sens_res, -nl-type: u16, doc: "an NFC-A target's SENS_RES"}
    6: {id: nfc_attr_target_sel_res, -nl-type: u8, doc: "an NFC-A target's SEL_RES"}
    7: {id: nfc_attr_target_nfcid1, -nl-type: binary, doc: "an NFC-A target's identifier, at most 10 bytes"}
    8: {id: nfc_attr_target_sensb_res, -nl-type: binary, doc: "at most 12 bytes"}
    9: {id: nfc_attr_target_sensf_res, -nl-type: binary, doc: "at most 18 bytes"}
    10: {id: nfc_attr_comm_mode, -nl-type: u8, -nl-enum: nfc_comm}
    11: {id: nfc_attr_rf_mode, -nl-type: u8, -nl-enum: nfc_rf}
    12: {id: nfc_attr_device_powered, -nl-type: u8, doc: "1: the device is up"}
    13: {id: nfc_attr_im_protocols, -nl-type: u32, -nl-flags: nfc_proto_mask, doc: "initiator mode: the protocols to poll for"}
    14: {id: nfc_attr_tm_protocols, -nl-type: u32, -nl-flags: nfc_proto_mask, doc: "target mode: the protocols to listen for"}
    15: {id: nfc_attr_llc_param_lto, -nl-type: u8, doc: "LLCP link timeout"}
    16: {id: nfc_attr_llc_param_rw, -nl-type: u8, doc: "LLCP receive window"}
    17: {id: nfc_attr_llc_param_miux, -nl-type: u16, doc: "LLCP MIU extension"}
    18: {id: nfc_attr_se, -nl-type: binary, doc: "available secure elements (the header gives no layout)"}
    19: {id: nfc_attr_llc_sdp, -nl-type: nest-array, -nl-nest: nfc_sdp_attr, doc: "one numbered nest per service"}
    20: {id: nfc_attr_firmware_name, -nl-type: string}
    21: {id: nfc_attr_se_index, -nl-type: u32}
    22: {id: nfc_attr_se_type, -nl-type: u8, -nl-enum: nfc_se}
    23: {id: nfc_attr_se_aid, -nl-type: binary, doc: "an application id"}
    24: {id: nfc_attr_firmware_download_status, -nl-type: u32}
    25: {id: nfc_attr_se_apdu, -nl-type: binary}
    26: {id: nfc_attr_target_iso15693_dsfid, -nl-type: u8}
    27: {id: nfc_attr_target_iso15693_uid, -nl-type: binary, doc: "8 bytes"}
    28: {id: nfc_attr_se_params, -nl-type: binary}
    29: {id: nfc_attr_vendor_id, -nl-type: u32, doc: "typically an OUI"}
    30: {id: nfc_attr_vendor_subcmd, -nl-type: u32}
    31: {id: nfc_attr_vendor_data, -nl-type: binary}
    32: {id: nfc_attr_target_ats, -nl-type: binary, doc: "an ISO 14443 type A target's Answer To Select, at most 20 bytes"}
  nfc_sdp_attr:
    0: {id: nfc_sdp_attr_unspec, -nl-type: binary}
    1: {id: nfc_sdp_attr_uri, -nl-type: string}
    2: {id: nfc_sdp_attr_sap, -nl-type: u8}
  nfc_proto:
    1: nfc_proto_jewel
    2: nfc_proto_mifare
    3: nfc_proto_felica
    4: nfc_proto_iso14443
    5: nfc_proto_nfc_dep
    6: nfc_proto_iso14443_b
    7: nfc_proto_iso15693
  nfc_proto_mask:
    0x2: nfc_proto_jewel_mask
    0x4: nfc_proto_mifare_mask
    0x8: nfc_proto_felica_mask
    0x10: nfc_proto_iso14443_mask
    0x20: nfc_proto_nfc_dep_mask
    0x40: nfc_proto_iso14443_b_mask
    0x80: nfc_proto_iso15693_mask
  nfc_comm:
    0: nfc_comm_active
    1: nfc_comm_passive
  nfc_rf:
    0: nfc_rf_initiator
    1: nfc_rf_target
    2: nfc_rf_none
  nfc_se:
    0x1: nfc_se_uicc
    0x2: nfc_se_embedded
  nfc_se_state:
    0x0: nfc_se_disabled
    0x1: nfc_se_enabled
