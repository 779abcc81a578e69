// Who a client is, for limits that must not let one client harm another (connections per client,
// failed logins per client): its IP address; an IPv4 address mapped into IPv6 as the IPv4 one, and
// an IPv6 address by its /64 prefix (one host is usually given a whole /64 and can use any
// address in it).
import ipaddr from 'ipaddr.js';

/** The client an address belongs to; an unknown address (a socket already gone) is its own client. */
export function clientOf(address: string | undefined): string {
  if (!address || !ipaddr.isValid(address)) return address || 'unknown';
  const parsed = ipaddr.process(address); // an IPv4-mapped IPv6 address becomes the IPv4 one
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const prefix = ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/64`);
  return `${prefix.toString()}/64`;
}
