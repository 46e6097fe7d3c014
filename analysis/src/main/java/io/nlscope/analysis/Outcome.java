package io.nlscope.analysis;

/** What became of a request. */
public enum Outcome {
    /** NLMSG_ERROR with error 0 and nothing else. */
    ACK,
    /** NLMSG_ERROR with a negative errno (the transaction's error says which). */
    ERROR,
    /** One answer that is not part of a dump (a GET of one object, a generic netlink reply), maybe followed by an ACK. */
    REPLY,
    /** Parts with NLM_F_MULTI closed by NLMSG_DONE (whose own error, if any, is the transaction's error). */
    DUMP,
    /** The request asked for NLM_F_ECHO and the kernel sent the object back. */
    ECHO,
    /** No NLM_F_ACK was asked for and nothing came: normal for some requests. */
    NO_REPLY,
    /**
     * The answer came (an NLMSG_ERROR), but the capture kept too little of it to tell ACK from
     * error: its snapshot length cut it, or it is damaged.
     */
    CUT,
    /** An answer was expected and did not come (or a dump never ended) before the capture ended or the timeout passed. */
    UNANSWERED
}
