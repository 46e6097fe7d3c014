/*
 * nltut.h - logging helpers shared by the tutorial-style clients.
 *
 * Every netlink message a client sends or receives becomes ONE line on stdout:
 *   SEND unit=17 sock=4123 bytes=29 len=29 type=16 flags=0x5 seq=1 pid=4123 magic=0x4f505331 op=2 pad=0 datalen=5 data="hello"
 *   RECV unit=17 sock=4123 from_portid=0 from_groups=0x0 bytes=32 len=29 type=17 flags=0x0 seq=1 pid=4123 ...
 * unit = netlink protocol, sock = the socket's own port id (getsockname), bytes =
 * the datagram's size, len/type/flags/seq/pid = struct nlmsghdr, then the decoded
 * payload: ops fields (units 17 and 2, types 16/17), error/ACK fields (type 2),
 * else text="..." (the printable text up to the first NUL) textlen=N payload_len=N.
 * Other lines: CASE (what the next lines demonstrate), SOCK (bind/getsockname),
 * NOTE (free text). Strings use C escapes (\" \\ \xNN).
 */
#ifndef NLTUT_H
#define NLTUT_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE   /* strerrorname_np */
#endif

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <linux/netlink.h>

#define OPS_MAGIC 0x4f505331
#define OPS_REQUEST 16
#define OPS_REPLY 17

struct ops_msg {
	__u32 magic;
	__u8 op;
	__u8 pad;
	__u16 len;
	__u8 data[];
};

static void log_str(const unsigned char *p, size_t n)
{
	size_t i;

	putchar('"');
	for (i = 0; i < n; i++) {
		if (p[i] == '"' || p[i] == '\\')
			printf("\\%c", p[i]);
		else if (p[i] >= 0x20 && p[i] < 0x7f)
			putchar(p[i]);
		else
			printf("\\x%02x", p[i]);
	}
	putchar('"');
}

static void log_payload(int unit, const struct nlmsghdr *nlh, int avail)
{
	const unsigned char *p = NLMSG_DATA(nlh);
	int plen = (int)nlh->nlmsg_len - NLMSG_HDRLEN;

	if (plen > avail - NLMSG_HDRLEN)
		plen = avail - NLMSG_HDRLEN;
	if (plen < 0)
		plen = 0;
	if (nlh->nlmsg_type == NLMSG_ERROR && plen >= (int)sizeof(int)) {
		const struct nlmsgerr *e = (const void *)p;

		printf(" error=%d", e->error);
		if (e->error)
			printf(" errno=%s", strerrorname_np(-e->error) ? strerrorname_np(-e->error) : "?");
		if (plen >= (int)sizeof(*e))
			printf(" orig_len=%u orig_type=%u orig_flags=0x%x orig_seq=%u orig_pid=%u",
			       e->msg.nlmsg_len, e->msg.nlmsg_type, e->msg.nlmsg_flags,
			       e->msg.nlmsg_seq, e->msg.nlmsg_pid);
		printf(" payload_len=%d", plen);
		return;
	}
	if ((unit == 17 || unit == NETLINK_USERSOCK) &&
	    (nlh->nlmsg_type == OPS_REQUEST || nlh->nlmsg_type == OPS_REPLY) &&
	    plen >= (int)sizeof(struct ops_msg)) {
		const struct ops_msg *m = (const void *)p;
		int dl = m->len <= plen - (int)sizeof(*m) ? m->len : plen - (int)sizeof(*m);

		printf(" magic=0x%08x op=%u pad=%u datalen=%u data=", m->magic, m->op, m->pad, m->len);
		log_str(m->data, dl);
		printf(" payload_len=%d", plen);
		return;
	}
	{
		int tl = 0;

		while (tl < plen && p[tl])
			tl++;
		printf(" text=");
		log_str(p, tl);
		printf(" textlen=%d payload_len=%d", tl, plen);
	}
}

/* one line per message of a datagram */
static void log_msgs(const char *dir, int unit, unsigned int sock, const struct sockaddr_nl *from,
		     const void *buf, int bytes)
{
	const struct nlmsghdr *nlh = buf;
	int left = bytes;

	for (; NLMSG_OK(nlh, left); nlh = NLMSG_NEXT(nlh, left)) {
		printf("%s unit=%d sock=%u", dir, unit, sock);
		if (from)
			printf(" from_portid=%u from_groups=0x%x", from->nl_pid, from->nl_groups);
		printf(" bytes=%d len=%u type=%u flags=0x%x seq=%u pid=%u", bytes, nlh->nlmsg_len,
		       nlh->nlmsg_type, nlh->nlmsg_flags, nlh->nlmsg_seq, nlh->nlmsg_pid);
		log_payload(unit, nlh, left);
		putchar('\n');
	}
	if (left == bytes)
		printf("%s unit=%d sock=%u bytes=%d NOTE=\"no complete nlmsghdr\"\n", dir, unit, sock, bytes);
	fflush(stdout);
}

/* socket(AF_NETLINK, SOCK_RAW, unit) + bind(nl_pid = port, nl_groups = groups); logs the port id */
static int open_nl(int unit, unsigned int port, unsigned int groups, unsigned int *portid)
{
	struct sockaddr_nl src;
	socklen_t sl = sizeof(src);
	struct timeval tv = { .tv_sec = 5 };
	int fd = socket(AF_NETLINK, SOCK_RAW, unit);

	if (fd < 0) {
		printf("ERROR socket(AF_NETLINK, SOCK_RAW, %d): %s\n", unit, strerror(errno));
		exit(1);
	}
	memset(&src, 0, sizeof(src));
	src.nl_family = AF_NETLINK;
	src.nl_pid = port;        /* 0: the kernel picks one */
	src.nl_groups = groups;
	if (bind(fd, (struct sockaddr *)&src, sizeof(src)) < 0) {
		printf("ERROR bind(nl_pid=%u, nl_groups=0x%x): %s\n", port, groups, strerror(errno));
		exit(1);
	}
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	memset(&src, 0, sizeof(src));
	getsockname(fd, (struct sockaddr *)&src, &sl);
	*portid = src.nl_pid;
	printf("SOCK unit=%d sock=%u bind_pid=%u bind_groups=0x%x process=%d\n", unit, src.nl_pid, port, groups, getpid());
	fflush(stdout);
	return fd;
}

/* sendmsg to the kernel (nl_pid 0) of `bytes` bytes of buf, logged */
static void send_nl(int fd, int unit, unsigned int sock, void *buf, int bytes)
{
	struct sockaddr_nl dst = { .nl_family = AF_NETLINK };   /* nl_pid 0: the kernel */
	struct iovec iov = { .iov_base = buf, .iov_len = bytes };
	struct msghdr msg = { .msg_name = &dst, .msg_namelen = sizeof(dst), .msg_iov = &iov, .msg_iovlen = 1 };

	log_msgs("SEND", unit, sock, NULL, buf, bytes);
	if (sendmsg(fd, &msg, 0) < 0) {
		printf("ERROR sendmsg: %s\n", strerror(errno));
		exit(1);
	}
}

/* one recvmsg, logged; returns the datagram size, -1 on timeout/error */
static int recv_nl(int fd, int unit, unsigned int sock, void *buf, int size)
{
	struct sockaddr_nl from;
	struct iovec iov = { .iov_base = buf, .iov_len = size };
	struct msghdr msg = { .msg_name = &from, .msg_namelen = sizeof(from), .msg_iov = &iov, .msg_iovlen = 1 };
	int n;

	memset(&from, 0, sizeof(from));
	n = recvmsg(fd, &msg, 0);
	if (n < 0) {
		printf("TIMEOUT unit=%d sock=%u recvmsg: %s\n", unit, sock, strerror(errno));
		fflush(stdout);
		return -1;
	}
	log_msgs("RECV", unit, sock, &from, buf, n);
	return n;
}

#endif
