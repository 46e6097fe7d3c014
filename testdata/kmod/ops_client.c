/*
 * ops_client.c - the "ops" service of the module on unit 17 or NETLINK_USERSOCK (2).
 *
 *   ops_client [-u UNIT] [-p PORT] [-s SEQ] [-W] [-n] REQUEST...
 *     REQUEST: ping | echo:TEXT | reset | op:N:TEXT (any op number) | badmagic:TEXT
 *     each is sent as type 16 with NLM_F_REQUEST|NLM_F_ACK, seq SEQ, SEQ+1, ...
 *     (default 1); the client reads until the ACK/error of that seq arrives.
 *     -p PORT  bind(nl_pid = PORT) (default 0: the kernel picks the port id)
 *     -W       tutorial mistake: nlmsg_len = NLMSG_SPACE(MAX_PAYLOAD), whole buffer sent
 *     -n       send everything, exit without reading a single reply
 *   ops_client [-u UNIT] [-m] [-r FILE] listen COUNT
 *     multicast listener on group 1: bind(nl_groups = 1), or with -m bind without
 *     groups and setsockopt(NETLINK_ADD_MEMBERSHIP, 1); creates FILE when ready;
 *     logs COUNT messages (or stops after 20 s of silence).
 *
 * struct ops_msg { __u32 magic; __u8 op; __u8 pad; __u16 len; __u8 data[]; },
 * host byte order, magic 0x4f505331 (examples/ops-protocol/src/main/ksy/ops.ksy).
 */
#include "nltut.h"

#define MAX_PAYLOAD 1024

static int listen_mode(int unit, int membership, const char *ready, int count)
{
	char buf[8192];
	unsigned int me;
	int fd, i, group = 1;
	struct timeval tv = { .tv_sec = 20 };

	printf("CASE prog=ops_client case=listen unit=%d how=%s count=%d\n", unit,
	       membership ? "NETLINK_ADD_MEMBERSHIP" : "bind_nl_groups", count);
	fd = open_nl(unit, 0, membership ? 0 : 1, &me);
	if (membership && setsockopt(fd, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &group, sizeof(group)) < 0) {
		printf("ERROR NETLINK_ADD_MEMBERSHIP: %s\n", strerror(errno));
		return 1;
	}
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	printf("LISTENING unit=%d sock=%u group=1\n", unit, me);
	fflush(stdout);
	if (ready)
		fclose(fopen(ready, "w"));
	for (i = 0; i < count; i++)
		if (recv_nl(fd, unit, me, buf, sizeof(buf)) < 0)
			break;
	close(fd);
	return 0;
}

int main(int argc, char **argv)
{
	int unit = 17, seq = 1, wholebuf = 0, noread = 0, membership = 0, opt, i;
	unsigned int port = 0, me;
	const char *ready = NULL;
	char buf[8192];
	int fd;

	while ((opt = getopt(argc, argv, "u:p:s:Wnmr:")) != -1) {
		switch (opt) {
		case 'u': unit = atoi(optarg); break;
		case 'p': port = strtoul(optarg, NULL, 0); break;
		case 's': seq = atoi(optarg); break;
		case 'W': wholebuf = 1; break;
		case 'n': noread = 1; break;
		case 'm': membership = 1; break;
		case 'r': ready = optarg; break;
		default: fprintf(stderr, "usage: see the comment at the top of ops_client.c\n"); return 2;
		}
	}
	if (optind < argc && strcmp(argv[optind], "listen") == 0)
		return listen_mode(unit, membership, ready, optind + 1 < argc ? atoi(argv[optind + 1]) : 1);

	printf("CASE prog=ops_client case=%s unit=%d port=%u\n",
	       wholebuf ? "wholebuf" : noread ? "noread" : port ? "explicit_port" : "requests", unit, port);
	fd = open_nl(unit, port, 0, &me);
	for (i = optind; i < argc; i++, seq++) {
		struct nlmsghdr *nlh = (void *)buf;
		struct ops_msg *m;
		const char *req = argv[i], *text = "";
		unsigned int op = 0, magic = OPS_MAGIC;
		int done = 0;

		if (strcmp(req, "ping") == 0) {
			op = 1;
		} else if (strncmp(req, "echo:", 5) == 0) {
			op = 2;
			text = req + 5;
		} else if (strcmp(req, "reset") == 0) {
			op = 3;
		} else if (strncmp(req, "op:", 3) == 0) {
			char *end;

			op = strtoul(req + 3, &end, 0);
			text = *end == ':' ? end + 1 : "";
		} else if (strncmp(req, "badmagic:", 9) == 0) {
			op = 2;
			magic = 0x3153504f;   /* "OPS1" in the other byte order */
			text = req + 9;
		} else {
			fprintf(stderr, "unknown request %s\n", req);
			return 2;
		}
		memset(buf, 0, sizeof(buf));
		m = NLMSG_DATA(nlh);
		m->magic = magic;
		m->op = op;
		m->pad = 0;
		m->len = strlen(text);
		memcpy(m->data, text, m->len);
		nlh->nlmsg_len = wholebuf ? NLMSG_SPACE(MAX_PAYLOAD) : NLMSG_LENGTH(sizeof(*m) + m->len);
		nlh->nlmsg_type = OPS_REQUEST;
		nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
		nlh->nlmsg_seq = seq;
		nlh->nlmsg_pid = me;
		send_nl(fd, unit, me, buf, nlh->nlmsg_len);
		while (!noread && !done) {
			int n = recv_nl(fd, unit, me, buf, sizeof(buf));
			struct nlmsghdr *r = (void *)buf;

			if (n < 0)
				break;
			for (; NLMSG_OK(r, n); r = NLMSG_NEXT(r, n))
				if (r->nlmsg_type == NLMSG_ERROR && r->nlmsg_seq == (unsigned int)seq)
					done = 1;
		}
	}
	if (noread)
		printf("NOTE case=noread exits without reading any reply\n");
	close(fd);
	return 0;
}
