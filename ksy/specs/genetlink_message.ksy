meta:
  id: genetlink_message
  title: NETLINK_GENERIC message header (struct genlmsghdr)
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Generic netlink multiplexes many families over protocol 16. nlmsg_type is the family id:
  a few are fixed (enum genl_id), the others are given out by the kernel at run time and
  learnt from the nlctrl family's CTRL_CMD_NEWFAMILY messages. Every message starts with
  this 4-byte header, then the family's attributes.
doc-ref: /usr/include/linux/genetlink.h
params:
  - id: is_le
    type: bool
seq:
  - id: cmd
    type: u1
    doc: The family's command number.
  - id: version
    type: u1
  - id: reserved
    type: u2
enums:
  genl_id:
    # Fixed family ids; GENL_ID_CTRL = NLMSG_MIN_TYPE.
    # -nl-family: the family's name, so the dissector knows these ids without an announcement.
    16: {id: genl_id_ctrl, -nl-kind: other, -nl-family: nlctrl}
    17: {id: genl_id_vfs_dquot, -nl-kind: other, -nl-family: VFS_DQUOT}
    18: {id: genl_id_pmcraid, -nl-kind: other}
  genl_family_spec:
    # The families whose messages the specs describe, by the name the kernel announces
    # (CTRL_ATTR_FAMILY_NAME, case as the kernel spells it: -nl-family). The key is only an
    # index. -nl-events: the command enum of kernel notifications (seq 0), where they are
    # numbered apart from replies. -nl-commands: the command enum of requests (and of replies, unless -nl-replies
    # names another: ethtool numbers them apart); -nl-attrs: the attribute set of a command
    # whose entry has no -nl-attrs of its own.
    1: {id: nlctrl, -nl-family: nlctrl, -nl-commands: genetlink_ctrl.ctrl_cmd, -nl-attrs: genetlink_ctrl.ctrl_attr}
    2: {id: ethtool, -nl-family: ethtool, -nl-commands: genetlink_ethtool.ethtool_msg_user, -nl-replies: genetlink_ethtool.ethtool_msg_kernel}
    3: {id: wireguard, -nl-family: wireguard, -nl-commands: genetlink_wireguard.wg_cmd, -nl-attrs: genetlink_wireguard.wgdevice_attribute}
    4: {id: nl80211, -nl-family: nl80211, -nl-commands: genetlink_nl80211.nl80211_commands, -nl-attrs: genetlink_nl80211.nl80211_attrs}
    5: {id: devlink, -nl-family: devlink, -nl-commands: genetlink_devlink.devlink_command, -nl-attrs: genetlink_devlink.devlink_attr}
    6: {id: taskstats, -nl-family: TASKSTATS, -nl-commands: genetlink_taskstats.taskstats_cmd, -nl-attrs: genetlink_taskstats.taskstats_type}
    7: {id: mptcp_pm, -nl-family: mptcp_pm, -nl-commands: genetlink_mptcp_pm.mptcp_pm_cmd, -nl-replies: genetlink_mptcp_pm.mptcp_pm_reply, -nl-events: genetlink_mptcp_pm.mptcp_event_type, -nl-attrs: genetlink_mptcp_pm.mptcp_pm_attr}
    8: {id: team, -nl-family: team, -nl-commands: genetlink_team.team_cmd, -nl-attrs: genetlink_team.team_attr}
    9: {id: thermal, -nl-family: thermal, -nl-commands: genetlink_thermal.thermal_genl_cmd, -nl-replies: genetlink_thermal.thermal_genl_kernel, -nl-attrs: genetlink_thermal.thermal_genl_attr}
    30: {id: fou, -nl-family: fou, -nl-commands: genetlink_fou.fou_cmd, -nl-attrs: genetlink_fou.fou_attr}
    31: {id: seg6, -nl-family: SEG6, -nl-commands: genetlink_seg6.seg6_cmd, -nl-attrs: genetlink_seg6.seg6_attr}
    32: {id: ioam6, -nl-family: IOAM6, -nl-commands: genetlink_ioam6.ioam6_cmd, -nl-events: genetlink_ioam6.ioam6_event_type, -nl-attrs: genetlink_ioam6.ioam6_attr}
    40: {id: netdev, -nl-family: netdev, -nl-commands: genetlink_netdev.netdev_cmd, -nl-attrs: genetlink_netdev.netdev_a_dev}
    41: {id: tcp_metrics, -nl-family: tcp_metrics, -nl-commands: genetlink_tcp_metrics.tcp_metrics_cmd, -nl-attrs: genetlink_tcp_metrics.tcp_metrics_attr}
    42: {id: ipvs, -nl-family: IPVS, -nl-commands: genetlink_ipvs.ipvs_cmd, -nl-attrs: genetlink_ipvs.ipvs_cmd_attr}
    43: {id: psample, -nl-family: psample, -nl-commands: genetlink_psample.psample_command, -nl-attrs: genetlink_psample.psample_attr}
    44: {id: net_dm, -nl-family: NET_DM, -nl-commands: genetlink_net_dm.net_dm_cmd, -nl-attrs: genetlink_net_dm.net_dm_attr}
    45: {id: l2tp, -nl-family: l2tp, -nl-commands: genetlink_l2tp.l2tp_cmd, -nl-attrs: genetlink_l2tp.l2tp_attr}
    46: {id: macsec, -nl-family: macsec, -nl-commands: genetlink_macsec.macsec_nl_commands, -nl-attrs: genetlink_macsec.macsec_attrs}
    47: {id: handshake, -nl-family: handshake, -nl-commands: genetlink_handshake.handshake_cmd, -nl-attrs: genetlink_handshake.handshake_a_accept}
    48: {id: nbd, -nl-family: nbd, -nl-commands: genetlink_nbd.nbd_cmd, -nl-attrs: genetlink_nbd.nbd_attr}
    49: {id: batadv, -nl-family: batadv, -nl-commands: genetlink_batadv.batadv_nl_commands, -nl-attrs: genetlink_batadv.batadv_nl_attrs}
    50: {id: tipc, -nl-family: TIPCv2, -nl-commands: genetlink_tipc.tipc_nl_cmd, -nl-attrs: genetlink_tipc.tipc_nla}
    # -nl-fixed-header: the family's struct after genlmsghdr, before the attributes (struct ovs_header)
    51: {id: ovs_datapath, -nl-family: ovs_datapath, -nl-commands: genetlink_ovs.ovs_datapath_cmd, -nl-attrs: genetlink_ovs.ovs_datapath_attr, -nl-fixed-header: genetlink_ovs.ovs_header}
    52: {id: ovs_vport, -nl-family: ovs_vport, -nl-commands: genetlink_ovs.ovs_vport_cmd, -nl-attrs: genetlink_ovs.ovs_vport_attr, -nl-fixed-header: genetlink_ovs.ovs_header}
    53: {id: ovs_flow, -nl-family: ovs_flow, -nl-commands: genetlink_ovs.ovs_flow_cmd, -nl-attrs: genetlink_ovs.ovs_flow_attr, -nl-fixed-header: genetlink_ovs.ovs_header}
    54: {id: ovs_packet, -nl-family: ovs_packet, -nl-commands: genetlink_ovs.ovs_packet_cmd, -nl-attrs: genetlink_ovs.ovs_packet_attr, -nl-fixed-header: genetlink_ovs.ovs_header}
    55: {id: ovs_meter, -nl-family: ovs_meter, -nl-commands: genetlink_ovs.ovs_meter_cmd, -nl-attrs: genetlink_ovs.ovs_meter_attr, -nl-fixed-header: genetlink_ovs.ovs_header}
    56: {id: ovs_ct_limit, -nl-family: ovs_ct_limit, -nl-commands: genetlink_ovs.ovs_ct_limit_cmd, -nl-attrs: genetlink_ovs.ovs_ct_limit_attr, -nl-fixed-header: genetlink_ovs.ovs_header}
    57: {id: nfsd, -nl-family: nfsd, -nl-commands: genetlink_nfsd.nfsd_cmd, -nl-attrs: genetlink_nfsd.nfsd_a_server}
    58: {id: ovpn, -nl-family: ovpn, -nl-commands: genetlink_ovpn.ovpn_cmd, -nl-attrs: genetlink_ovpn.ovpn_a}
    59: {id: gtp, -nl-family: gtp, -nl-commands: genetlink_gtp.gtp_genl_cmds, -nl-attrs: genetlink_gtp.gtp_attrs}
    60: {id: smc_gen_netlink, -nl-family: SMC_GEN_NETLINK, -nl-commands: genetlink_smc.smc_netlink_cmd, -nl-attrs: genetlink_smc.smc_gen_attr}
    61: {id: ila, -nl-family: ila, -nl-commands: genetlink_ila.ila_cmd, -nl-attrs: genetlink_ila.ila_attr}
    62: {id: net_shaper, -nl-family: net-shaper, -nl-commands: genetlink_net_shaper.net_shaper_cmd, -nl-attrs: genetlink_net_shaper.net_shaper_a}
    63: {id: dpll, -nl-family: dpll, -nl-commands: genetlink_dpll.dpll_cmd, -nl-attrs: genetlink_dpll.dpll_a}
    64: {id: lockd, -nl-family: lockd, -nl-commands: genetlink_lockd.lockd_cmd, -nl-attrs: genetlink_lockd.lockd_a_server}
    65: {id: sunrpc, -nl-family: sunrpc, -nl-commands: genetlink_sunrpc.sunrpc_cmd, -nl-attrs: genetlink_sunrpc.sunrpc_a_cache_notify}
    66: {id: cifs, -nl-family: cifs, -nl-commands: genetlink_cifs.cifs_genl_commands, -nl-attrs: genetlink_cifs.cifs_genl_attributes}
    67: {id: drbd, -nl-family: drbd, -nl-commands: genetlink_drbd.drbd_adm, -nl-attrs: genetlink_drbd.drbd_nla, -nl-fixed-header: genetlink_drbd.drbd_genlmsghdr}
    68: {id: smc_pnetid, -nl-family: SMC_PNETID, -nl-commands: genetlink_smc_pnetid.smc_pnetid_cmd, -nl-attrs: genetlink_smc_pnetid.smc_pnetid_attr}
    # -nl-byte-order: big: the family's attributes have their length, type and value in network order (TIPC's struct tlv_desc)
    69: {id: tipc_legacy, -nl-family: TIPC, -nl-commands: genetlink_tipc_config.tipc_genl_cmd, -nl-attrs: genetlink_tipc_config.tipc_tlv, -nl-fixed-header: genetlink_tipc_config.tipc_genlmsghdr, -nl-byte-order: big}
    70: {id: nfc, -nl-family: nfc, -nl-commands: genetlink_nfc.nfc_commands, -nl-attrs: genetlink_nfc.nfc_attrs}
    71: {id: binder, -nl-family: binder, -nl-commands: genetlink_binder.binder_cmd, -nl-attrs: genetlink_binder.binder_a_report}
    72: {id: dev_energymodel, -nl-family: dev-energymodel, -nl-commands: genetlink_dev_energymodel.dev_energymodel_cmd, -nl-attrs: genetlink_dev_energymodel.dev_energymodel_a_perf_domain}
    73: {id: psp, -nl-family: psp, -nl-commands: genetlink_psp.psp_cmd, -nl-attrs: genetlink_psp.psp_a_dev}
    74: {id: drm_ras, -nl-family: drm-ras, -nl-commands: genetlink_drm_ras.drm_ras_cmd, -nl-attrs: genetlink_drm_ras.drm_ras_a_node_attrs}
    75: {id: reg_event, -nl-family: reg_event, -nl-commands: genetlink_reg_event.reg_genl_cmd, -nl-attrs: genetlink_reg_event.reg_genl_attr}
    76: {id: vdpa, -nl-family: vdpa, -nl-commands: genetlink_vdpa.vdpa_command, -nl-attrs: genetlink_vdpa.vdpa_attr}
