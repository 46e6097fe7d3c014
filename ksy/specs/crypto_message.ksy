meta:
  id: crypto_message
  title: NETLINK_CRYPTO (crypto_user) message types, struct crypto_user_alg and CRYPTOCFGA_* attributes
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  The crypto API's configuration interface (crypto/crypto_user*.c; used by `crconf` and by
  `getalg`-style tools). Every CRYPTO_MSG_* message starts with struct crypto_user_alg (the
  algorithm's name, driver and module, 208 bytes); a CRYPTO_MSG_GETALG reply then carries
  CRYPTOCFGA_PRIORITY_VAL and one CRYPTOCFGA_REPORT_* struct saying what kind of algorithm it
  is. The CRYPTOCFGA_STAT_* attributes (CRYPTO_MSG_GETSTAT, removed in 6.6) carry the
  crypto_stat_* structs.
doc-ref: /usr/include/linux/cryptouser.h
params:
  - id: is_le
    type: bool
types:
  crypto_user_alg:
    doc: struct crypto_user_alg
    seq:
      - {id: cru_name, size: 64, -nl-type: string}
      - {id: cru_driver_name, size: 64, -nl-type: string}
      - {id: cru_module_name, size: 64, -nl-type: string}
      - {id: cru_type, type: u4}
      - {id: cru_mask, type: u4}
      - {id: cru_refcnt, type: u4}
      - {id: cru_flags, type: u4}
  crypto_report_larval:
    seq:
      - {id: type, size: 64, -nl-type: string}
  crypto_report_hash:
    seq:
      - {id: type, size: 64, -nl-type: string}
      - {id: blocksize, type: u4}
      - {id: digestsize, type: u4}
  crypto_report_cipher:
    seq:
      - {id: type, size: 64, -nl-type: string}
      - {id: blocksize, type: u4}
      - {id: min_keysize, type: u4}
      - {id: max_keysize, type: u4}
  crypto_report_blkcipher:
    seq:
      - {id: type, size: 64, -nl-type: string}
      - {id: geniv, size: 64, -nl-type: string}
      - {id: blocksize, type: u4}
      - {id: min_keysize, type: u4}
      - {id: max_keysize, type: u4}
      - {id: ivsize, type: u4}
  crypto_report_aead:
    seq:
      - {id: type, size: 64, -nl-type: string}
      - {id: geniv, size: 64, -nl-type: string}
      - {id: blocksize, type: u4}
      - {id: maxauthsize, type: u4}
      - {id: ivsize, type: u4}
  crypto_report_comp:
    seq:
      - {id: type, size: 64, -nl-type: string}
  crypto_report_rng:
    seq:
      - {id: type, size: 64, -nl-type: string}
      - {id: seedsize, type: u4}
  crypto_report_akcipher:
    seq:
      - {id: type, size: 64, -nl-type: string}
  crypto_report_kpp:
    seq:
      - {id: type, size: 64, -nl-type: string}
  crypto_report_acomp:
    seq:
      - {id: type, size: 64, -nl-type: string}
  crypto_report_sig:
    seq:
      - {id: type, size: 64, -nl-type: string}
  crypto_stat_larval:
    seq:
      - {id: type, size: 64, -nl-type: string}
  crypto_stat_hash:
    seq:
      - {id: type, size: 64, -nl-type: string}
      - {id: stat_hash_cnt, type: u8}
      - {id: stat_hash_tlen, type: u8}
      - {id: stat_err_cnt, type: u8}
  crypto_stat_cipher:
    seq:
      - {id: type, size: 64, -nl-type: string}
      - {id: stat_encrypt_cnt, type: u8}
      - {id: stat_encrypt_tlen, type: u8}
      - {id: stat_decrypt_cnt, type: u8}
      - {id: stat_decrypt_tlen, type: u8}
      - {id: stat_err_cnt, type: u8}
  crypto_stat_aead:
    seq:
      - {id: type, size: 64, -nl-type: string}
      - {id: stat_encrypt_cnt, type: u8}
      - {id: stat_encrypt_tlen, type: u8}
      - {id: stat_decrypt_cnt, type: u8}
      - {id: stat_decrypt_tlen, type: u8}
      - {id: stat_err_cnt, type: u8}
  crypto_stat_compress:
    seq:
      - {id: type, size: 64, -nl-type: string}
      - {id: stat_compress_cnt, type: u8}
      - {id: stat_compress_tlen, type: u8}
      - {id: stat_decompress_cnt, type: u8}
      - {id: stat_decompress_tlen, type: u8}
      - {id: stat_err_cnt, type: u8}
  crypto_stat_rng:
    seq:
      - {id: type, size: 64, -nl-type: string}
      - {id: stat_generate_cnt, type: u8}
      - {id: stat_generate_tlen, type: u8}
      - {id: stat_seed_cnt, type: u8}
      - {id: stat_err_cnt, type: u8}
  crypto_stat_akcipher:
    seq:
      - {id: type, size: 64, -nl-type: string}
      - {id: stat_encrypt_cnt, type: u8}
      - {id: stat_encrypt_tlen, type: u8}
      - {id: stat_decrypt_cnt, type: u8}
      - {id: stat_decrypt_tlen, type: u8}
      - {id: stat_verify_cnt, type: u8}
      - {id: stat_sign_cnt, type: u8}
      - {id: stat_err_cnt, type: u8}
  crypto_stat_kpp:
    seq:
      - {id: type, size: 64, -nl-type: string}
      - {id: stat_setsecret_cnt, type: u8}
      - {id: stat_generate_public_key_cnt, type: u8}
      - {id: stat_compute_shared_secret_cnt, type: u8}
      - {id: stat_err_cnt, type: u8}
enums:
  crypto_msg_type:
    0x10: {id: crypto_msg_newalg, -nl-kind: new, -nl-fixed-header: crypto_message.crypto_user_alg, -nl-attrs: cryptocfga_attr}
    0x11: {id: crypto_msg_delalg, -nl-kind: delete, -nl-fixed-header: crypto_message.crypto_user_alg, -nl-attrs: cryptocfga_attr}
    0x12: {id: crypto_msg_updatealg, -nl-kind: other, -nl-fixed-header: crypto_message.crypto_user_alg, -nl-attrs: cryptocfga_attr}
    0x13: {id: crypto_msg_getalg, -nl-kind: get, -nl-fixed-header: crypto_message.crypto_user_alg, -nl-attrs: cryptocfga_attr}
    0x14: {id: crypto_msg_delrng, -nl-kind: delete, -nl-fixed-header: crypto_message.crypto_user_alg, -nl-attrs: cryptocfga_attr}
    0x15: {id: crypto_msg_getstat, -nl-kind: get, -nl-fixed-header: crypto_message.crypto_user_alg, -nl-attrs: cryptocfga_attr}
  cryptocfga_attr:
    0: {id: cryptocfga_unspec, -nl-type: binary}
    1: {id: cryptocfga_priority_val, -nl-type: u32}
    2: {id: cryptocfga_report_larval, -nl-type: struct, -nl-struct: crypto_report_larval}
    3: {id: cryptocfga_report_hash, -nl-type: struct, -nl-struct: crypto_report_hash}
    4: {id: cryptocfga_report_blkcipher, -nl-type: struct, -nl-struct: crypto_report_blkcipher}
    5: {id: cryptocfga_report_aead, -nl-type: struct, -nl-struct: crypto_report_aead}
    6: {id: cryptocfga_report_compress, -nl-type: struct, -nl-struct: crypto_report_comp}
    7: {id: cryptocfga_report_rng, -nl-type: struct, -nl-struct: crypto_report_rng}
    8: {id: cryptocfga_report_cipher, -nl-type: struct, -nl-struct: crypto_report_cipher}
    9: {id: cryptocfga_report_akcipher, -nl-type: struct, -nl-struct: crypto_report_akcipher}
    10: {id: cryptocfga_report_kpp, -nl-type: struct, -nl-struct: crypto_report_kpp}
    11: {id: cryptocfga_report_acomp, -nl-type: struct, -nl-struct: crypto_report_acomp}
    12: {id: cryptocfga_stat_larval, -nl-type: struct, -nl-struct: crypto_stat_larval}
    13: {id: cryptocfga_stat_hash, -nl-type: struct, -nl-struct: crypto_stat_hash}
    14: {id: cryptocfga_stat_blkcipher, -nl-type: struct, -nl-struct: crypto_stat_cipher, doc: "skcipher statistics, reported as struct crypto_stat_cipher"}
    15: {id: cryptocfga_stat_aead, -nl-type: struct, -nl-struct: crypto_stat_aead}
    16: {id: cryptocfga_stat_compress, -nl-type: struct, -nl-struct: crypto_stat_compress}
    17: {id: cryptocfga_stat_rng, -nl-type: struct, -nl-struct: crypto_stat_rng}
    18: {id: cryptocfga_stat_cipher, -nl-type: struct, -nl-struct: crypto_stat_cipher}
    19: {id: cryptocfga_stat_akcipher, -nl-type: struct, -nl-struct: crypto_stat_akcipher}
    20: {id: cryptocfga_stat_kpp, -nl-type: struct, -nl-struct: crypto_stat_kpp}
    21: {id: cryptocfga_stat_acomp, -nl-type: struct, -nl-struct: crypto_stat_compress}
    22: {id: cryptocfga_report_sig, -nl-type: struct, -nl-struct: crypto_report_sig}
