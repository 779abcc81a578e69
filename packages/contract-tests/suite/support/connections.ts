// How the suite's requests use connections: each on a connection of its own. Node's global agent
// keeps connections open for 5 s and sends the next request on one of them; a server closes an idle
// connection after its own keep-alive time (the sandbox's 5 s; a load balancer's, whatever it is),
// and a request sent on it just as it closes gets no answer ("socket hang up"). On a busy machine
// that happened to a request of a check here and there: a false alarm about a healthy server. A
// request per connection costs a TCP (and TLS) handshake each, a few seconds a run.
/**
 * The http.request options that give a request its own connection: `agent: false` (a one-off agent
 * per request; pactum copies its options, so an Agent object would lose what makes it one).
 */
export const OWN_CONNECTION = { agent: false } as const;
