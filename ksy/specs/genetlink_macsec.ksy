meta:
  id: genetlink_macsec
  title: "Generic netlink family macsec: MACSEC_CMD_*, MACSEC_ATTR_*, MACSEC_SECY_ATTR_*, MACSEC_RXSC_ATTR_*, MACSEC_SA_ATTR_*, MACSEC_*_STATS_ATTR_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  MACsec (IEEE 802.1AE) secure channels and associations of a macsec link (ip macsec add/set/del/show; the
  link itself is rtnetlink's). MACSEC_CMD_ADD/DEL/UPD_TXSA, _RXSC and _RXSA carry the link (MACSEC_ATTR_IFINDEX)
  and one MACSEC_ATTR_RXSC_CONFIG and/or MACSEC_ATTR_SA_CONFIG nest. MACSEC_CMD_GET_TXSC, a dump, is answered
  with the same command, one message per link: the SecY (SCI, cipher suite, ICV length, protection, validation),
  the TX SAs, the RX SCs with their SAs, the counters and the offload. The lists are nests of numbered entries
  (nest-array). An SCI is 8 bytes in network order (the MAC address and the port), shown as one big-endian
  number as `ip macsec` prints it; a PN is 32 bits, or 64 with an XPN cipher suite (uint).
doc-ref: /usr/include/linux/if_macsec.h, /usr/include/linux/if_link.h
params:
  - id: is_le
    type: bool
enums:
  macsec_nl_commands:
    0: {id: macsec_cmd_get_txsc, -nl-kind: get}
    1: {id: macsec_cmd_add_rxsc, -nl-kind: new}
    2: {id: macsec_cmd_del_rxsc, -nl-kind: delete}
    3: {id: macsec_cmd_upd_rxsc, -nl-kind: new}
    4: {id: macsec_cmd_add_txsa, -nl-kind: new}
    5: {id: macsec_cmd_del_txsa, -nl-kind: delete}
    6: {id: macsec_cmd_upd_txsa, -nl-kind: new}
    7: {id: macsec_cmd_add_rxsa, -nl-kind: new}
    8: {id: macsec_cmd_del_rxsa, -nl-kind: delete}
    9: {id: macsec_cmd_upd_rxsa, -nl-kind: new}
    10: {id: macsec_cmd_upd_offload, -nl-kind: new}
  macsec_attrs:
    0: {id: macsec_attr_unspec, -nl-type: binary}
    1: {id: macsec_attr_ifindex, -nl-type: u32}
    2: {id: macsec_attr_rxsc_config, -nl-type: nest, -nl-nest: macsec_rxsc_attrs}
    3: {id: macsec_attr_sa_config, -nl-type: nest, -nl-nest: macsec_sa_attrs}
    4: {id: macsec_attr_secy, -nl-type: nest, -nl-nest: macsec_secy_attrs}
    5: {id: macsec_attr_txsa_list, -nl-type: nest-array, -nl-nest: macsec_sa_attrs}
    6: {id: macsec_attr_rxsc_list, -nl-type: nest-array, -nl-nest: macsec_rxsc_attrs}
    7: {id: macsec_attr_txsc_stats, -nl-type: nest, -nl-nest: macsec_txsc_stats_attr}
    8: {id: macsec_attr_secy_stats, -nl-type: nest, -nl-nest: macsec_secy_stats_attr}
    9: {id: macsec_attr_offload, -nl-type: nest, -nl-nest: macsec_offload_attrs}
  macsec_secy_attrs:
    0: {id: macsec_secy_attr_unspec, -nl-type: binary}
    1: {id: macsec_secy_attr_sci, -nl-type: u64, -nl-byte-order: big}
    2: {id: macsec_secy_attr_encoding_sa, -nl-type: u8}
    3: {id: macsec_secy_attr_window, -nl-type: u32}
    4: {id: macsec_secy_attr_cipher_suite, -nl-type: u64, -nl-enum: macsec_cipher_id}
    5: {id: macsec_secy_attr_icv_len, -nl-type: u8}
    6: {id: macsec_secy_attr_protect, -nl-type: u8}
    7: {id: macsec_secy_attr_replay, -nl-type: u8}
    8: {id: macsec_secy_attr_oper, -nl-type: u8}
    9: {id: macsec_secy_attr_validate, -nl-type: u8, -nl-enum: macsec_validation_type}
    10: {id: macsec_secy_attr_encrypt, -nl-type: u8}
    11: {id: macsec_secy_attr_inc_sci, -nl-type: u8}
    12: {id: macsec_secy_attr_es, -nl-type: u8}
    13: {id: macsec_secy_attr_scb, -nl-type: u8}
    14: {id: macsec_secy_attr_pad, -nl-type: binary}
  macsec_rxsc_attrs:
    0: {id: macsec_rxsc_attr_unspec, -nl-type: binary}
    1: {id: macsec_rxsc_attr_sci, -nl-type: u64, -nl-byte-order: big}
    2: {id: macsec_rxsc_attr_active, -nl-type: u8}
    3: {id: macsec_rxsc_attr_sa_list, -nl-type: nest-array, -nl-nest: macsec_sa_attrs}
    4: {id: macsec_rxsc_attr_stats, -nl-type: nest, -nl-nest: macsec_rxsc_stats_attr}
    5: {id: macsec_rxsc_attr_pad, -nl-type: binary}
  macsec_sa_attrs:
    0: {id: macsec_sa_attr_unspec, -nl-type: binary}
    1: {id: macsec_sa_attr_an, -nl-type: u8, doc: the association number 0..3}
    2: {id: macsec_sa_attr_active, -nl-type: u8}
    3: {id: macsec_sa_attr_pn, -nl-type: uint, doc: the next packet number (64 bits with XPN)}
    4: {id: macsec_sa_attr_key, -nl-type: binary}
    5: {id: macsec_sa_attr_keyid, -nl-type: binary, doc: 16 bytes}
    6: {id: macsec_sa_attr_stats, -nl-type: nest, -nl-nest: macsec_sa_stats_attr}
    7: {id: macsec_sa_attr_pad, -nl-type: binary}
    8: {id: macsec_sa_attr_ssci, -nl-type: u32, doc: XPN only}
    9: {id: macsec_sa_attr_salt, -nl-type: binary, doc: "12 bytes, XPN only"}
  macsec_offload_attrs:
    0: {id: macsec_offload_attr_unspec, -nl-type: binary}
    1: {id: macsec_offload_attr_type, -nl-type: u8, -nl-enum: macsec_offload}
    2: {id: macsec_offload_attr_pad, -nl-type: binary}
  macsec_rxsc_stats_attr:
    0: {id: macsec_rxsc_stats_attr_unspec, -nl-type: binary}
    1: {id: macsec_rxsc_stats_attr_in_octets_validated, -nl-type: u64}
    2: {id: macsec_rxsc_stats_attr_in_octets_decrypted, -nl-type: u64}
    3: {id: macsec_rxsc_stats_attr_in_pkts_unchecked, -nl-type: u64}
    4: {id: macsec_rxsc_stats_attr_in_pkts_delayed, -nl-type: u64}
    5: {id: macsec_rxsc_stats_attr_in_pkts_ok, -nl-type: u64}
    6: {id: macsec_rxsc_stats_attr_in_pkts_invalid, -nl-type: u64}
    7: {id: macsec_rxsc_stats_attr_in_pkts_late, -nl-type: u64}
    8: {id: macsec_rxsc_stats_attr_in_pkts_not_valid, -nl-type: u64}
    9: {id: macsec_rxsc_stats_attr_in_pkts_not_using_sa, -nl-type: u64}
    10: {id: macsec_rxsc_stats_attr_in_pkts_unused_sa, -nl-type: u64}
    11: {id: macsec_rxsc_stats_attr_pad, -nl-type: binary}
  macsec_sa_stats_attr:
    0: {id: macsec_sa_stats_attr_unspec, -nl-type: binary}
    1: {id: macsec_sa_stats_attr_in_pkts_ok, -nl-type: u32}
    2: {id: macsec_sa_stats_attr_in_pkts_invalid, -nl-type: u32}
    3: {id: macsec_sa_stats_attr_in_pkts_not_valid, -nl-type: u32}
    4: {id: macsec_sa_stats_attr_in_pkts_not_using_sa, -nl-type: u32}
    5: {id: macsec_sa_stats_attr_in_pkts_unused_sa, -nl-type: u32}
    6: {id: macsec_sa_stats_attr_out_pkts_protected, -nl-type: u32}
    7: {id: macsec_sa_stats_attr_out_pkts_encrypted, -nl-type: u32}
  macsec_txsc_stats_attr:
    0: {id: macsec_txsc_stats_attr_unspec, -nl-type: binary}
    1: {id: macsec_txsc_stats_attr_out_pkts_protected, -nl-type: u64}
    2: {id: macsec_txsc_stats_attr_out_pkts_encrypted, -nl-type: u64}
    3: {id: macsec_txsc_stats_attr_out_octets_protected, -nl-type: u64}
    4: {id: macsec_txsc_stats_attr_out_octets_encrypted, -nl-type: u64}
    5: {id: macsec_txsc_stats_attr_pad, -nl-type: binary}
  macsec_secy_stats_attr:
    0: {id: macsec_secy_stats_attr_unspec, -nl-type: binary}
    1: {id: macsec_secy_stats_attr_out_pkts_untagged, -nl-type: u64}
    2: {id: macsec_secy_stats_attr_in_pkts_untagged, -nl-type: u64}
    3: {id: macsec_secy_stats_attr_out_pkts_too_long, -nl-type: u64}
    4: {id: macsec_secy_stats_attr_in_pkts_no_tag, -nl-type: u64}
    5: {id: macsec_secy_stats_attr_in_pkts_bad_tag, -nl-type: u64}
    6: {id: macsec_secy_stats_attr_in_pkts_unknown_sci, -nl-type: u64}
    7: {id: macsec_secy_stats_attr_in_pkts_no_sci, -nl-type: u64}
    8: {id: macsec_secy_stats_attr_in_pkts_overrun, -nl-type: u64}
    9: {id: macsec_secy_stats_attr_pad, -nl-type: binary}
  macsec_cipher_id:
    # MACSEC_CIPHER_ID_* (IEEE 802.1AE-2018 table 14-1) and the deprecated id of GCM-AES-128
    0x0080C20001000001: macsec_cipher_id_gcm_aes_128
    0x0080C20001000002: macsec_cipher_id_gcm_aes_256
    0x0080C20001000003: macsec_cipher_id_gcm_aes_xpn_128
    0x0080C20001000004: macsec_cipher_id_gcm_aes_xpn_256
    0x0080020001000001: macsec_default_cipher_id
  macsec_validation_type:
    # if_link.h
    0: macsec_validate_disabled
    1: macsec_validate_check
    2: macsec_validate_strict
  macsec_offload:
    # if_link.h
    0: macsec_offload_off
    1: macsec_offload_phy
    2: macsec_offload_mac
