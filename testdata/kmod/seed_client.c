/*
 * seed_client.c - user programs written the way the background documents' clients
 * are (../../../shared/seeds/), for nlscope_seed.ko (testdata/kmod/README.md).
 *
 *   seed_client noop CASE...      unit 17 (seed 000), bind nl_pid = getpid(); CASE:
 *       req (NLM_F_REQUEST, struct user_data with the magic), req-ack (+NLM_F_ACK),
 *       bad (wrong magic), short (2-byte payload), noreq (flags 0), noreq-ack
 *       (NLM_F_ACK only); seq 1, 2, ... one message per sendmsg
 *   seed_client burst CASE        unit 25 (seed 001), bind and nlmsg_pid = getpid(),
 *       seq 0; plain (flags 0, nlmsg_len NLMSG_SPACE(1024), the whole buffer sent),
 *       ack-large (NLM_F_REQUEST|NLM_F_ACK, the same 1040 bytes), two (two small
 *       messages in one datagram); reads the ten replies
 *   seed_client ack CASE          unit 21 (seed 003), type 0, seq 0, flags 0 (sendto);
 *       hello (closes without reading, as the seed does), two (two messages in one
 *       datagram, reads both ACKs), seq (seq 7, NLM_F_REQUEST, reads the ACK)
 *   seed_client test              unit 30 (seed 004), bind nl_pid = 100, type 0, seq 0,
 *       flags 0, nlmsg_pid 100, nlmsg_len NLMSG_SPACE(125): the whole buffer sent
 *   seed_client relay UNIT [-s SEQ] [-f FLAGS] [-g FILE] [-w FILE] MSG...
 *       units 2 and 23 (the relay service); MSG: query (type 0x10), burst (0x12),
 *       query:TEXT (unaligned payloads), two (a query and a burst in one datagram);
 *       -g FILE: create FILE once the first request is sent; -w FILE: wait for FILE
 *       before sending; reads the replies (1 per query, 5 per burst)
 *   seed_client listen UNIT COUNT READYFILE   a group-1 listener (bind nl_groups = 1)
 */
#include "nltut.h"
#include <sys/stat.h>

#define MAGIC_NUM_RNQ 0x12345678
#define MAX_PAYLOAD 1024
#define MAX_PLOAD 125

struct user_data {
	__u32 magic_num;
	__u8 op;
	__u8 pad;
	__u16 data_len;
	__u8 data[];
};

static unsigned char buf[2 * NLMSG_SPACE(MAX_PAYLOAD)];
static unsigned char rbuf[16384];

static int put_msg(unsigned char *at, __u16 type, __u16 flags, __u32 seq, __u32 pid,
		   const void *payload, int plen)
{
	struct nlmsghdr *nlh = (struct nlmsghdr *)at;

	memset(nlh, 0, NLMSG_SPACE(plen));
	nlh->nlmsg_len = NLMSG_LENGTH(plen);
	nlh->nlmsg_type = type;
	nlh->nlmsg_flags = flags;
	nlh->nlmsg_seq = seq;
	nlh->nlmsg_pid = pid;
	memcpy(NLMSG_DATA(nlh), payload, plen);
	return NLMSG_ALIGN(nlh->nlmsg_len);
}

static void recv_n(int fd, int unit, unsigned int sock, int n)
{
	while (n-- > 0)
		if (recv_nl(fd, unit, sock, rbuf, sizeof(rbuf)) < 0)
			return;
}

static void wait_file(const char *f)
{
	struct stat st;
	int i;

	for (i = 0; i < 3000 && stat(f, &st) != 0; i++)
		usleep(1000);
}

static void touch(const char *f)
{
	FILE *o = fopen(f, "w");

	if (o)
		fclose(o);
}

static int do_noop(int argc, char **argv)
{
	unsigned int sock;
	int fd = open_nl(17, getpid(), 0, &sock), i;
	__u32 seq = 0;

	for (i = 0; i < argc; i++) {
		unsigned char p[sizeof(struct user_data) + 8];
		struct user_data *u = (struct user_data *)p;
		const char *c = argv[i];
		__u16 flags = NLM_F_REQUEST;
		int plen = sizeof(p), answers = 1;

		memset(p, 0, sizeof(p));
		u->magic_num = MAGIC_NUM_RNQ;
		u->op = 1;
		u->data_len = 8;
		memcpy(u->data, "request", 8);
		if (!strcmp(c, "req-ack")) {
			flags |= NLM_F_ACK;
			answers = 2;
		} else if (!strcmp(c, "bad")) {
			u->magic_num = 0xdeadbeef;
		} else if (!strcmp(c, "short")) {
			plen = 2;
		} else if (!strcmp(c, "noreq")) {
			flags = 0;
			answers = 0;
		} else if (!strcmp(c, "noreq-ack")) {
			flags = NLM_F_ACK;
		} else if (strcmp(c, "req")) {
			printf("ERROR unknown noop case %s\n", c);
			return 2;
		}
		printf("CASE noop %s\n", c);
		send_nl(fd, 17, sock, buf, put_msg(buf, 0x10, flags, ++seq, getpid(), p, plen));
		recv_n(fd, 17, sock, answers);
	}
	close(fd);
	return 0;
}

static int do_burst(const char *c)
{
	static const char text[] = "Hello kernel";
	unsigned int sock;
	int fd = open_nl(25, getpid(), 0, &sock), bytes;
	struct nlmsghdr *nlh = (struct nlmsghdr *)buf;

	printf("CASE burst %s\n", c);
	if (!strcmp(c, "two")) {
		bytes = put_msg(buf, 0, 0, 0, getpid(), "first", 6);
		bytes += put_msg(buf + bytes, 0, 0, 0, getpid(), "second", 7);
	} else {
		memset(buf, 0, NLMSG_SPACE(MAX_PAYLOAD));
		put_msg(buf, 0, !strcmp(c, "ack-large") ? NLM_F_REQUEST | NLM_F_ACK : 0, 0, getpid(),
			text, sizeof(text));
		nlh->nlmsg_len = NLMSG_SPACE(MAX_PAYLOAD);   /* the seed sends the whole buffer */
		bytes = nlh->nlmsg_len;
	}
	send_nl(fd, 25, sock, buf, bytes);
	recv_n(fd, 25, sock, 10);
	close(fd);
	return 0;
}

static int do_ack(const char *c)
{
	static const char data[] = "hello world!";
	unsigned int sock;
	int fd = open_nl(21, 0, 0, &sock), bytes;

	printf("CASE ack %s\n", c);
	if (!strcmp(c, "two")) {
		bytes = put_msg(buf, 0, 0, 0, 0, data, strlen(data));
		bytes += put_msg(buf + bytes, 0, 0, 0, 0, "again", 5);
		send_nl(fd, 21, sock, buf, bytes);
		recv_n(fd, 21, sock, 2);
	} else if (!strcmp(c, "seq")) {
		send_nl(fd, 21, sock, buf, put_msg(buf, 0, NLM_F_REQUEST, 7, 0, data, strlen(data)));
		recv_n(fd, 21, sock, 1);
	} else {
		/* msg->nlmsg_len = NLMSG_SPACE(size), then close(fd) without reading */
		put_msg(buf, 0, 0, 0, 0, data, strlen(data));
		((struct nlmsghdr *)buf)->nlmsg_len = NLMSG_SPACE(strlen(data));
		send_nl(fd, 21, sock, buf, NLMSG_SPACE(strlen(data)));
		printf("NOTE closed without reading\n");
	}
	close(fd);
	return 0;
}

static int do_test(void)
{
	static const char umsg[] = "hello netlink!!";
	unsigned int sock;
	int fd = open_nl(30, 100, 0, &sock);
	struct nlmsghdr *nlh = (struct nlmsghdr *)buf;

	printf("CASE test wholebuf\n");
	memset(buf, 0, NLMSG_SPACE(MAX_PLOAD));
	put_msg(buf, 0, 0, 0, 100, umsg, strlen(umsg));
	nlh->nlmsg_len = NLMSG_SPACE(MAX_PLOAD);
	send_nl(fd, 30, sock, buf, nlh->nlmsg_len);
	recv_n(fd, 30, sock, 1);
	close(fd);
	return 0;
}

static int do_relay(int argc, char **argv)
{
	int unit = atoi(argv[0]), i, opt;
	const char *go = NULL, *waitf = NULL;
	__u32 seq = 1;
	__u16 flags = NLM_F_REQUEST;
	unsigned int sock;
	int fd;

	optind = 1;
	while ((opt = getopt(argc, argv, "s:f:g:w:")) != -1) {
		if (opt == 's')
			seq = strtoul(optarg, NULL, 0);
		else if (opt == 'f')
			flags = strtoul(optarg, NULL, 0);
		else if (opt == 'g')
			go = optarg;
		else if (opt == 'w')
			waitf = optarg;
	}
	fd = open_nl(unit, 0, 0, &sock);
	if (waitf)
		wait_file(waitf);
	for (i = optind; i < argc; i++, seq++) {
		const char *m = argv[i];
		int bytes, answers;

		printf("CASE relay %s seq=%u flags=0x%x\n", m, seq, flags);
		if (!strcmp(m, "burst")) {
			bytes = put_msg(buf, 0x12, flags, seq, sock, "burst", 6);
			answers = 5;
		} else if (!strcmp(m, "two")) {
			bytes = put_msg(buf, 0x10, flags, seq, sock, "q", 2);
			bytes += put_msg(buf + bytes, 0x12, flags, seq, sock, "b", 2);
			answers = 6;
		} else if (!strncmp(m, "query:", 6)) {
			/* the exact text without its NUL: nlmsg_len is not a multiple of 4 */
			put_msg(buf, 0x10, flags, seq, sock, m + 6, strlen(m + 6));
			bytes = NLMSG_LENGTH(strlen(m + 6));
			answers = 1;
		} else {
			bytes = put_msg(buf, 0x10, flags, seq, sock, "query", 6);
			answers = 1;
		}
		send_nl(fd, unit, sock, buf, bytes);
		if (go && i == optind)
			touch(go);
		recv_n(fd, unit, sock, answers);
	}
	close(fd);
	return 0;
}

static int do_listen(int unit, int count, const char *ready)
{
	unsigned int sock;
	int fd = open_nl(unit, 0, 1, &sock);

	touch(ready);
	recv_n(fd, unit, sock, count);
	close(fd);
	return 0;
}

int main(int argc, char **argv)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc >= 3 && !strcmp(argv[1], "noop"))
		return do_noop(argc - 2, argv + 2);
	if (argc == 3 && !strcmp(argv[1], "burst"))
		return do_burst(argv[2]);
	if (argc == 3 && !strcmp(argv[1], "ack"))
		return do_ack(argv[2]);
	if (argc == 2 && !strcmp(argv[1], "test"))
		return do_test();
	if (argc >= 4 && !strcmp(argv[1], "relay"))
		return do_relay(argc - 2, argv + 2);
	if (argc == 5 && !strcmp(argv[1], "listen"))
		return do_listen(atoi(argv[2]), atoi(argv[3]), argv[4]);
	fprintf(stderr, "usage: see the comment at the top of seed_client.c\n");
	return 2;
}
