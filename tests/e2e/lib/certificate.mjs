// A throwaway self-signed certificate for the fixture hosts, made with openssl in a temp dir at run time.
// Chromium is started with --ignore-certificate-errors, but the SANs keep the certificate honest anyway.
// Keys never touch the repository.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function makeSelfSignedCertificate(hosts) {
  const dir = mkdtempSync(join(tmpdir(), 'phi-guard-cert-'));
  try {
    const san = hosts.map((host) => `DNS:${host}`).concat('IP:127.0.0.1').join(',');
    const config = join(dir, 'openssl.cnf');
    writeFileSync(config, [
      '[req]', 'distinguished_name = dn', 'x509_extensions = ext', 'prompt = no',
      '[dn]', 'CN = phi-guard fixtures',
      '[ext]', `subjectAltName = ${san}`, 'basicConstraints = critical, CA:FALSE',
    ].join('\n'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-sha256',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-config', config], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
