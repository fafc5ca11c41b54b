// Which Host names the explorer's server answers, against DNS rebinding: a hostile page whose own name
// is made to resolve to 127.0.0.1 sends its own name as Host, so answering only names we know keeps
// its scripts away from the graph. Known names: loopback (localhost, *.localhost, 127.0.0.1, [::1]),
// the names in ALLOWED_HOSTS, and the HOST the server listens on when that is a specific name.

export interface HostPolicyOptions {
  /** Extra names, e.g. from ALLOWED_HOSTS ("explorer.lan,10.0.0.5"); ports are ignored. */
  allowed?: readonly string[];
  /** The address the server listens on; a wildcard (0.0.0.0, ::) adds nothing. */
  listenHost?: string;
}

export interface HostPolicy {
  /** Whether the Host header names a host this server answers (any port). */
  isAllowed(hostHeader: string | undefined): boolean;
  /** Whether an Origin header belongs to the host this request was sent to (and that host is allowed). */
  isSameOrigin(origin: string, hostHeader: string | undefined): boolean;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const WILDCARDS = new Set(['', '0.0.0.0', '[::]', '[::0]']);

/** The name part of a Host header or of a configured name, normalised; null when malformed. */
export function hostName(authority: string): string | null {
  const value = authority.trim().toLowerCase();
  let name: string;
  let rest: string;
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    if (end < 0) return null;
    name = value.slice(0, end + 1);
    rest = value.slice(end + 1);
  } else if ((value.match(/:/g) ?? []).length > 1) {
    // A bare IPv6 address, as people write it in HOST or ALLOWED_HOSTS.
    name = `[${value}]`;
    rest = '';
  } else {
    const colon = value.indexOf(':');
    name = colon < 0 ? value : value.slice(0, colon);
    rest = colon < 0 ? '' : value.slice(colon);
  }
  if (rest !== '' && !/^:\d{1,5}$/.test(rest)) return null;
  name = name.replace(/\.$/, '');
  if (!/^(\[[0-9a-f:.]+\]|[a-z0-9_.-]+)$/.test(name) || name.startsWith('.')) return null;
  return name;
}

/** ALLOWED_HOSTS as a list: comma-separated, blanks ignored. */
export function allowedHostsFromEnv(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function createHostPolicy(options: HostPolicyOptions = {}): HostPolicy {
  const names = new Set(LOOPBACK);
  for (const entry of options.allowed ?? []) {
    const name = hostName(entry);
    if (!name) throw new Error(`ALLOWED_HOSTS holds "${entry}", which is not a host name`);
    names.add(name);
  }
  const listen = options.listenHost === undefined ? null : hostName(options.listenHost);
  if (listen && !WILDCARDS.has(listen)) names.add(listen);

  const allowedName = (name: string | null): boolean =>
    name !== null && (names.has(name) || name.endsWith('.localhost'));

  return {
    isAllowed(hostHeader) {
      return hostHeader !== undefined && allowedName(hostName(hostHeader));
    },
    isSameOrigin(origin, hostHeader) {
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        return false;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
      return (
        hostHeader !== undefined &&
        allowedName(hostName(url.host)) &&
        url.host === hostHeader.trim().toLowerCase()
      );
    },
  };
}
