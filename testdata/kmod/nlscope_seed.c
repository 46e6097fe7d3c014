// SPDX-License-Identifier: GPL-2.0
/*
 * nlscope_seed.c - kernel modules that answer exactly the way the background
 * documents' tutorial modules do (../../../shared/seeds/), written as a test fixture
 * of nlscope (testdata/kmod/README.md, "The seed-style module").
 *
 *   unit 17  seed 000: netlink_rcv_skb semantics; a request (NLM_F_REQUEST) with a
 *            good struct user_data gets __nlmsg_put(skb, g_pid, 0, NLMSG_NOOP, ...)
 *            "Hello, user" (seq 0, pid = the sender's port); a short or bad-magic
 *            payload returns -1, so the ACK carries error -1 (EPERM); NLM_F_ACK adds
 *            the ACK; a message without NLM_F_REQUEST is skipped (ACK only if asked)
 *   unit 25  seed 001: the FIRST message of a datagram only; ten replies
 *            nlmsg_put(skb, 0, 0, 0, MAX_MSGSIZE, 0) ("I am from kernel!", nlmsg_len
 *            1040, type 0, seq 0, pid 0) unicast to the request's nlmsg_pid
 *   unit 21  seed 003: every message of a datagram gets netlink_ack(skb, nlh, 0)
 *   unit 30  seed 004: the first message; nlmsg_put(skb, 0, 0, NETLINK_TEST, len, 0)
 *            "hello users!!!" (type 30, seq 0, pid 0) unicast to port 100
 *   unit 2   (NETLINK_USERSOCK) and unit 23: the "relay" service. Every message of
 *            type 0x10 (query) gets one reply of type 0x11, 0x12 (burst) gets five;
 *            replies carry the request's seq and nlmsg_pid 0; each request is also
 *            relayed verbatim (header and payload, padded to 4 bytes) to multicast
 *            group 1 with netlink_broadcast(). Unit 2 answers inside sendmsg(); unit 23
 *            answers from a work queue 300 ms later (the "kernel thread" pattern).
 *
 * Test-only tap: stock kernels show nlmon only the whitelisted protocols
 * (netlink_filter_tap(): ROUTE, USERSOCK, SOCK_DIAG, NFLOG, XFRM, FIB_LOOKUP,
 * NETFILTER, GENERIC). A kprobe on __netlink_deliver_tap() hands the skbs of this
 * module's other units to the same taps with a copy of the kernel's delivery loop
 * (__netlink_deliver_tap_skb()), so nlmon0 sees units 17, 21, 23, 25 and 30 too.
 *
 * The truth: every event is one kernel log line "nlseed: ev=N ..." in the order the
 * taps see the frames (the guest runs one CPU):
 *   TAP    tap=T unit= kernel=0|1 bytes= len= type= flags= seq= pid= label=...
 *          one per frame nlmon gets (T counts the frames of these units, from 1);
 *          kernel=1: the skb is going to the module (a request datagram)
 *   RECV   unit= tap=T msg=M port= len= type= flags= seq= pid= action=...
 *          what the service did with message M (from 1) of request frame T
 *   label  on TAP lines: "answers=T.M" (a reply or ACK for message M of frame T),
 *          "copy=T.M" (the multicast relay of it), "-" for request frames
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/kprobes.h>
#include <linux/netdevice.h>
#include <linux/netlink.h>
#include <linux/if_packet.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/delay.h>
#include <linux/workqueue.h>
#include <net/sock.h>
#include <net/netlink.h>

#define SEED_NOOP   17   /* seed 000 (NETLINK_MYTEST 17) */
#define SEED_ACK    21   /* seed 003 (NETLINK_XUX 21) */
#define SEED_RELAYQ 23   /* the relay service, answered from a work queue */
#define SEED_BURST  25   /* seed 001 (NETLINK_TEST 25) */
#define SEED_TEST   30   /* seed 004 (NETLINK_TEST 30) */

#define MAGIC_NUM_RNQ 0x12345678
#define MAX_MSGSIZE 1024
#define USER_PORT 100
#define RELAY_QUERY 0x10
#define RELAY_REPLY 0x11
#define RELAY_BURST 0x12
#define RELAY_BURST_COUNT 5
#define RELAY_GROUP 1

struct user_data {          /* seed 000's struct user_data_ */
	__u32 magic_num;
	__u8 op;
	__u8 pad;
	__u16 data_len;
	__u8 data[];
};

static struct workqueue_struct *relay_wq;
static struct sock *noop_sk, *ack_sk, *relayq_sk, *burst_sk, *test_sk, *usersock_sk;

/* ---------------------------------------------------------------- the truth log */
static atomic_t ev = ATOMIC_INIT(0);
static unsigned int taps;           /* frames handed to the taps so far */
static unsigned int last_rx_tap;    /* tap number of the latest request datagram */
static DEFINE_SPINLOCK(tap_lock);
static char label[32] = "-";        /* what the frames sent now are, set by the sender */
static struct task_struct *label_owner;

static bool seed_unit(int unit)
{
	return unit == NETLINK_USERSOCK || unit == SEED_NOOP || unit == SEED_ACK ||
	       unit == SEED_RELAYQ || unit == SEED_BURST || unit == SEED_TEST;
}

static bool is_module_sock(const struct sock *sk)
{
	return sk && (sk == noop_sk || sk == ack_sk || sk == relayq_sk || sk == burst_sk ||
		      sk == test_sk || sk == usersock_sk);
}

static void set_label(const char *what, unsigned int tap, unsigned int msg)
{
	spin_lock_bh(&tap_lock);
	snprintf(label, sizeof(label), "%s=%u.%u", what, tap, msg);
	label_owner = current;
	spin_unlock_bh(&tap_lock);
}

static void clear_label(void)
{
	spin_lock_bh(&tap_lock);
	strscpy(label, "-", sizeof(label));
	label_owner = NULL;
	spin_unlock_bh(&tap_lock);
}

/* ---------------------------------------------------------------- the tap kprobe */
/* af_netlink.c's per-namespace tap list; only its first member is used here */
struct seed_tap_net {
	struct list_head netlink_tap_all;
};

/* the kernel's __netlink_deliver_tap_skb(), without the whitelist */
static int seed_deliver_tap_skb(struct sk_buff *skb, struct net_device *dev)
{
	struct sock *sk = skb->sk;
	struct sk_buff *nskb;
	int ret = -ENOMEM;

	if (!net_eq(dev_net(dev), sock_net(sk)))
		return 0;
	dev_hold(dev);
	if (is_vmalloc_addr(skb->head)) {
		nskb = alloc_skb(skb->len, GFP_ATOMIC);
		if (nskb)
			skb_put_data(nskb, skb->data, skb->len);
	} else {
		nskb = skb_clone(skb, GFP_ATOMIC);
	}
	if (nskb) {
		nskb->dev = dev;
		nskb->protocol = htons((u16)sk->sk_protocol);
		nskb->pkt_type = is_module_sock(sk) ? PACKET_KERNEL : PACKET_USER;
		skb_reset_network_header(nskb);
		ret = dev_queue_xmit(nskb);
		if (unlikely(ret > 0))
			ret = net_xmit_errno(ret);
	}
	dev_put(dev);
	return ret;
}

static int tap_pre(struct kprobe *p, struct pt_regs *regs)
{
	struct sk_buff *skb = (struct sk_buff *)regs_get_kernel_argument(regs, 0);
	struct seed_tap_net *nn = (struct seed_tap_net *)regs_get_kernel_argument(regs, 1);
	struct netlink_tap *tmp;
	const struct nlmsghdr *nlh;
	struct sock *sk = skb ? skb->sk : NULL;
	bool kernel;
	unsigned int n;
	char what[32];

	if (!sk || !seed_unit(sk->sk_protocol))
		return 0;
	kernel = is_module_sock(sk);
	spin_lock(&tap_lock);
	n = ++taps;
	if (kernel)
		last_rx_tap = n;
	if (!kernel && label_owner == current)
		strscpy(what, label, sizeof(what));
	else
		strscpy(what, kernel ? "-" : "?", sizeof(what));
	spin_unlock(&tap_lock);
	nlh = (const struct nlmsghdr *)skb->data;
	if (skb->len >= NLMSG_HDRLEN)
		pr_info("nlseed: ev=%d TAP tap=%u unit=%d kernel=%d bytes=%u len=%u type=%u flags=0x%x seq=%u pid=%u label=%s\n",
			atomic_inc_return(&ev), n, sk->sk_protocol, kernel, skb->len, nlh->nlmsg_len,
			nlh->nlmsg_type, nlh->nlmsg_flags, nlh->nlmsg_seq, nlh->nlmsg_pid, what);
	else
		pr_info("nlseed: ev=%d TAP tap=%u unit=%d kernel=%d bytes=%u short label=%s\n",
			atomic_inc_return(&ev), n, sk->sk_protocol, kernel, skb->len, what);
	if (sk->sk_protocol == NETLINK_USERSOCK)
		return 0;     /* whitelisted: the kernel's own loop delivers it */
	list_for_each_entry_rcu(tmp, &nn->netlink_tap_all, list) {
		if (unlikely(seed_deliver_tap_skb(skb, tmp->dev)))
			break;
	}
	return 0;
}

static struct kprobe tap_kp = {
	.symbol_name = "__netlink_deliver_tap",
	.pre_handler = tap_pre,
};

/* ---------------------------------------------------------------- helpers */
static void log_recv(int unit, unsigned int tap, unsigned int msg, u32 port,
		     const struct nlmsghdr *nlh, const char *action)
{
	pr_info("nlseed: ev=%d RECV unit=%d tap=%u msg=%u port=%u len=%u type=%u flags=0x%x seq=%u pid=%u action=%s\n",
		atomic_inc_return(&ev), unit, tap, msg, port, nlh->nlmsg_len, nlh->nlmsg_type,
		nlh->nlmsg_flags, nlh->nlmsg_seq, nlh->nlmsg_pid, action);
}

/* a reply of `len` payload bytes with the given header, unicast to port */
static void send_reply(struct sock *sk, u32 port, u32 pid, u32 seq, u16 type, int len,
		       const void *data, int dlen, unsigned int tap, unsigned int msg)
{
	struct sk_buff *out = nlmsg_new(len, GFP_KERNEL);
	struct nlmsghdr *onlh;

	if (!out)
		return;
	onlh = nlmsg_put(out, pid, seq, type, len, 0);
	if (!onlh) {
		kfree_skb(out);
		return;
	}
	memset(nlmsg_data(onlh), 0, len);
	memcpy(nlmsg_data(onlh), data, min(dlen, len));
	set_label("answers", tap, msg);
	netlink_unicast(sk, out, port, MSG_DONTWAIT);
	clear_label();
}

static void send_ack(struct sk_buff *skb, struct nlmsghdr *nlh, int err,
		     unsigned int tap, unsigned int msg)
{
	set_label("answers", tap, msg);
	netlink_ack(skb, nlh, err, NULL);
	clear_label();
}

/* ---------------------------------------------------------------- unit 17, seed 000 */
static int noop_rcv_msg(struct sk_buff *skb, struct nlmsghdr *nlh, unsigned int tap, unsigned int msg)
{
	static const char res_data[] = "Hello, user";
	u32 g_pid = NETLINK_CB(skb).portid;
	const struct user_data *pck;

	if (nlmsg_len(nlh) < (int)sizeof(*pck)) {
		log_recv(SEED_NOOP, tap, msg, g_pid, nlh, "short:-1");
		return -1;
	}
	pck = nlmsg_data(nlh);
	if (pck->magic_num != MAGIC_NUM_RNQ) {
		log_recv(SEED_NOOP, tap, msg, g_pid, nlh, "badmagic:-1");
		return -1;
	}
	log_recv(SEED_NOOP, tap, msg, g_pid, nlh, "noop-reply");
	send_reply(noop_sk, g_pid, g_pid, 0, NLMSG_NOOP, sizeof(res_data), res_data,
		   sizeof(res_data), tap, msg);
	return 0;
}

/* netlink_rcv_skb()'s loop, with every ACK logged */
static void noop_rcv(struct sk_buff *skb)
{
	unsigned int tap = last_rx_tap, msg = 0;
	struct nlmsghdr *nlh;
	int err;

	while (skb->len >= nlmsg_total_size(0)) {
		int msglen;

		nlh = nlmsg_hdr(skb);
		if (nlh->nlmsg_len < NLMSG_HDRLEN || skb->len < nlh->nlmsg_len)
			return;
		msg++;
		err = 0;
		if (!(nlh->nlmsg_flags & NLM_F_REQUEST)) {
			log_recv(SEED_NOOP, tap, msg, NETLINK_CB(skb).portid, nlh,
				 nlh->nlmsg_flags & NLM_F_ACK ? "skipped-no-request:ack" : "skipped-no-request");
			goto ack;
		}
		if (nlh->nlmsg_type < NLMSG_MIN_TYPE) {
			log_recv(SEED_NOOP, tap, msg, NETLINK_CB(skb).portid, nlh, "control:ack");
			goto ack;
		}
		err = noop_rcv_msg(skb, nlh, tap, msg);
ack:
		if (nlh->nlmsg_flags & NLM_F_ACK || err)
			send_ack(skb, nlh, err, tap, msg);
		msglen = NLMSG_ALIGN(nlh->nlmsg_len);
		if (msglen > skb->len)
			msglen = skb->len;
		skb_pull(skb, msglen);
	}
}

/* ---------------------------------------------------------------- unit 25, seed 001 */
static void burst_rcv(struct sk_buff *skb)
{
	static const char message[] = "I am from kernel!";
	unsigned int tap = last_rx_tap;
	struct nlmsghdr *nlh;
	u32 pid;
	int i;

	if (skb->len < NLMSG_SPACE(0))
		return;
	nlh = nlmsg_hdr(skb);
	pid = nlh->nlmsg_pid;      /* the seed answers the pid in the header, not the port */
	log_recv(SEED_BURST, tap, 1, NETLINK_CB(skb).portid, nlh, "ten-replies");
	if (skb->len > NLMSG_ALIGN(nlh->nlmsg_len) + NLMSG_HDRLEN)
		log_recv(SEED_BURST, tap, 2, NETLINK_CB(skb).portid,
			 (struct nlmsghdr *)(skb->data + NLMSG_ALIGN(nlh->nlmsg_len)), "ignored");
	for (i = 0; i < 10; i++) {
		send_reply(burst_sk, pid, 0, 0, 0, MAX_MSGSIZE, message, sizeof(message), tap, 1);
		msleep(20);
	}
}

/* ---------------------------------------------------------------- unit 21, seed 003 */
static void ack_rcv(struct sk_buff *skb)
{
	unsigned int tap = last_rx_tap, msg = 0;
	struct nlmsghdr *nlh;
	u32 rlen;

	while (skb->len >= NLMSG_SPACE(0)) {
		nlh = nlmsg_hdr(skb);
		if (nlh->nlmsg_len < sizeof(*nlh) || skb->len < nlh->nlmsg_len)
			return;
		rlen = NLMSG_ALIGN(nlh->nlmsg_len);
		if (rlen > skb->len)
			rlen = skb->len;
		msg++;
		log_recv(SEED_ACK, tap, msg, NETLINK_CB(skb).portid, nlh, "ack");
		send_ack(skb, nlh, 0, tap, msg);
		skb_pull(skb, rlen);
	}
}

/* ---------------------------------------------------------------- unit 30, seed 004 */
static void test_rcv(struct sk_buff *skb)
{
	static const char kmsg[] = "hello users!!!";
	struct nlmsghdr *nlh;

	if (skb->len < NLMSG_SPACE(0))
		return;
	nlh = nlmsg_hdr(skb);
	log_recv(SEED_TEST, last_rx_tap, 1, NETLINK_CB(skb).portid, nlh, "reply-to-port-100");
	send_reply(test_sk, USER_PORT, 0, 0, SEED_TEST, strlen(kmsg), kmsg, strlen(kmsg),
		   last_rx_tap, 1);
}

/* ---------------------------------------------------------------- units 2 and 23: relay */
struct relay_job {
	struct delayed_work work;
	struct sock *sk;
	u32 port, seq;
	int replies;
	unsigned int tap, msg;
};

static void relay_answer(struct sock *sk, u32 port, u32 seq, int replies, unsigned int tap, unsigned int msg)
{
	int i;

	for (i = 1; i <= replies; i++) {
		char text[24];
		int len = scnprintf(text, sizeof(text), "reply %d/%d", i, replies) + 1;

		send_reply(sk, port, 0, seq, RELAY_REPLY, len, text, len, tap, msg);
	}
}

static void relay_work(struct work_struct *w)
{
	struct relay_job *job = container_of(to_delayed_work(w), struct relay_job, work);

	relay_answer(job->sk, job->port, job->seq, job->replies, job->tap, job->msg);
	kfree(job);
}

/* the request, header and payload as they came, to the listeners of group 1 */
static void relay_copy(struct sock *sk, const struct nlmsghdr *nlh, unsigned int tap, unsigned int msg)
{
	int plen = nlh->nlmsg_len - NLMSG_HDRLEN;
	struct sk_buff *out = nlmsg_new(plen, GFP_KERNEL);
	struct nlmsghdr *onlh;

	if (!out)
		return;
	onlh = nlmsg_put(out, nlh->nlmsg_pid, nlh->nlmsg_seq, nlh->nlmsg_type, plen, nlh->nlmsg_flags);
	if (!onlh) {
		kfree_skb(out);
		return;
	}
	memcpy(nlmsg_data(onlh), nlmsg_data(nlh), plen);
	set_label("copy", tap, msg);
	netlink_broadcast(sk, out, 0, RELAY_GROUP, GFP_KERNEL);
	clear_label();
}

static void relay_rcv_on(struct sock *sk, int unit, bool deferred, struct sk_buff *skb)
{
	unsigned int tap = last_rx_tap, msg = 0;
	u32 port = NETLINK_CB(skb).portid;
	struct nlmsghdr *nlh;

	while (skb->len >= NLMSG_HDRLEN) {
		int replies, rlen;

		nlh = nlmsg_hdr(skb);
		if (nlh->nlmsg_len < NLMSG_HDRLEN || skb->len < nlh->nlmsg_len)
			return;
		msg++;
		replies = nlh->nlmsg_type == RELAY_QUERY ? 1 : nlh->nlmsg_type == RELAY_BURST ? RELAY_BURST_COUNT : 0;
		log_recv(unit, tap, msg, port, nlh,
			 replies == 0 ? "ignored" : replies == 1 ? "relay+1-reply" : "relay+5-replies");
		if (replies) {
			relay_copy(sk, nlh, tap, msg);
			if (deferred) {
				struct relay_job *job = kzalloc(sizeof(*job), GFP_KERNEL);

				if (job) {
					INIT_DELAYED_WORK(&job->work, relay_work);
					job->sk = sk;
					job->port = port;
					job->seq = nlh->nlmsg_seq;
					job->replies = replies;
					job->tap = tap;
					job->msg = msg;
					queue_delayed_work(relay_wq, &job->work, msecs_to_jiffies(300));
				}
			} else {
				relay_answer(sk, port, nlh->nlmsg_seq, replies, tap, msg);
			}
		}
		rlen = NLMSG_ALIGN(nlh->nlmsg_len);
		if (rlen > skb->len)
			rlen = skb->len;
		skb_pull(skb, rlen);
	}
}

static void usersock_rcv(struct sk_buff *skb)
{
	relay_rcv_on(usersock_sk, NETLINK_USERSOCK, false, skb);
}

static void relayq_rcv(struct sk_buff *skb)
{
	relay_rcv_on(relayq_sk, SEED_RELAYQ, true, skb);
}

/* ---------------------------------------------------------------- init/exit */
static struct sock *create(int unit, void (*input)(struct sk_buff *), unsigned int groups)
{
	struct netlink_kernel_cfg cfg = { .input = input, .groups = groups };
	struct sock *sk = netlink_kernel_create(&init_net, unit, &cfg);

	if (sk)
		pr_info("nlseed: kernel socket on netlink unit %d\n", unit);
	else
		pr_err("nlseed: netlink_kernel_create(unit %d) failed\n", unit);
	return sk;
}

static void release_all(void)
{
	struct sock **s[] = { &noop_sk, &ack_sk, &relayq_sk, &burst_sk, &test_sk, &usersock_sk };
	int i;

	for (i = 0; i < ARRAY_SIZE(s); i++) {
		if (*s[i])
			netlink_kernel_release(*s[i]);
		*s[i] = NULL;
	}
}

static int __init nlscope_seed_init(void)
{
	int err;

	relay_wq = alloc_ordered_workqueue("nlseed", 0);
	if (!relay_wq)
		return -ENOMEM;
	noop_sk = create(SEED_NOOP, noop_rcv, 0);
	ack_sk = create(SEED_ACK, ack_rcv, 0);
	relayq_sk = create(SEED_RELAYQ, relayq_rcv, 1);
	burst_sk = create(SEED_BURST, burst_rcv, 1);
	test_sk = create(SEED_TEST, test_rcv, 0);
	usersock_sk = create(NETLINK_USERSOCK, usersock_rcv, 1);
	if (!noop_sk || !ack_sk || !relayq_sk || !burst_sk || !test_sk || !usersock_sk) {
		release_all();
		destroy_workqueue(relay_wq);
		return -ENOMEM;
	}
	err = register_kprobe(&tap_kp);
	if (err) {
		pr_err("nlseed: register_kprobe(__netlink_deliver_tap) failed: %d\n", err);
		release_all();
		destroy_workqueue(relay_wq);
		return err;
	}
	pr_info("nlseed: tap kprobe on __netlink_deliver_tap at %px\n", tap_kp.addr);
	return 0;
}

static void __exit nlscope_seed_exit(void)
{
	unregister_kprobe(&tap_kp);
	destroy_workqueue(relay_wq);   /* runs the replies still queued */
	release_all();
	pr_info("nlseed: unloaded\n");
}

module_init(nlscope_seed_init);
module_exit(nlscope_seed_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nlscope test fixture: the seeds' tutorial modules, with a tap for nlmon");
