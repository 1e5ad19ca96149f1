// The guard for one page: follows the page's composers, scans them as the user types (highlights,
// badge), and decides at publish time from the exact current text whether to hold the publish
// and show the warning; after "Post anyway" it replays the original action exactly once.
import type { SiteAdapter } from '../sites/types';
import { Highlighter } from './highlight/highlighter';
import type { PublishAttempt } from './intercept/attempt';
import type { InterceptorHost } from './intercept/interceptor';
import { replay } from './intercept/replay';
import { reportAudit, reportFindingsCount } from './messaging';
import { captureCaret } from './overlay/selection';
import { showWarning, warningOpen } from './overlay/show-warning';
import { ComposerScans, type ScanOutcome } from './scans';
import { currentScanOptions, guardActive, settings, siteOverride } from './settings-state';
import { SiteHealthMonitor } from './site-health';
import { combine, type Verdict } from './verdict';
import { ComposerWatcher } from './watcher';

export class Guard implements InterceptorHost {
  /** The site's adapter as shipped, and the one in use (with IT's siteOverrides applied). */
  private base: SiteAdapter | null = null;
  private site: SiteAdapter | null = null;
  private overrideKey = '';
  private watcher: ComposerWatcher | null = null;
  private readonly health = new SiteHealthMonitor();
  private readonly highlighter = new Highlighter();
  private readonly counts = new WeakMap<HTMLElement, number>();
  private focused: HTMLElement | null = null;
  /** The caret in the focused composer when a pointer went down (a click may clear it). */
  private caretAtPointerDown: Range | null = null;
  private readonly scans = new ComposerScans(
    (composer) => this.site?.readText(composer) ?? '',
    currentScanOptions,
    (composer, outcome) => this.showLive(composer, outcome),
  );

  get siteAdapter(): SiteAdapter | null {
    return this.site;
  }

  activate(adapter: SiteAdapter): void {
    if (this.base) return;
    this.base = adapter;
    this.useAdapter();
  }

  /** Builds the adapter in use from the shipped one and IT's current override, and follows its composers. */
  private useAdapter(): void {
    const base = this.base as SiteAdapter;
    const override = siteOverride(base.id);
    this.overrideKey = JSON.stringify(override ?? null);
    this.watcher?.stop();
    const adapter = override ? base.withOverride(override) : base;
    this.site = adapter;
    this.watcher = new ComposerWatcher(adapter, {
      added: (composer) => this.scans.scanSoon(composer, 0),
      removed: (composer) => {
        this.scans.cancel(composer);
        this.highlighter.forget(composer);
        if (composer === this.focused) {
          this.focused = null;
          reportFindingsCount(0);
        }
      },
      unrecognised: (editable) => this.health.unrecognised(adapter, editable),
    });
    if (guardActive(adapter.id)) this.watcher.start();
  }

  /**
   * Settings changed: apply a new site override at once (no reload), start or stop following
   * composers, rescan (sensitivity, allow list...).
   */
  refreshActivity(): void {
    if (!this.base) return;
    if (JSON.stringify(siteOverride(this.base.id) ?? null) !== this.overrideKey) this.useAdapter();
    if (!this.site || !this.watcher) return;
    if (guardActive(this.site.id)) {
      this.watcher.start();
      for (const composer of this.watcher.composers()) this.scans.scanSoon(composer, 0);
    } else {
      this.watcher.stop();
      reportFindingsCount(0);
    }
  }

  adapter(): SiteAdapter | null {
    return this.site && guardActive(this.site.id) ? this.site : null;
  }

  composerOnPath(path: EventTarget[], typing = false): HTMLElement | null {
    return this.adapter() ? (this.watcher?.composerOnPath(path, typing) ?? null) : null;
  }

  /** Typing (input events cross shadow roots): schedule a scan off the keystroke path. */
  onInput(event: Event): void {
    const composer = this.composerOnPath(event.composedPath(), true);
    if (composer) this.scans.scanSoon(composer);
  }

  onPointerDown(): void {
    this.caretAtPointerDown = this.focused ? captureCaret(this.focused) : null;
  }

  preferred(composers: HTMLElement[]): HTMLElement {
    if (this.focused && composers.includes(this.focused)) return this.focused;
    return composers.find((c) => this.site?.readText(c)) ?? composers[0];
  }

  onFocus(event: Event): void {
    const composer = this.composerOnPath(event.composedPath());
    if (!composer || composer === this.focused) return;
    this.focused = composer;
    reportFindingsCount(this.counts.get(composer) ?? 0);
  }

  shouldHold(attempt: PublishAttempt): boolean {
    const site = this.adapter();
    if (!site) return false;
    // A second publish while the warning is up waits for the person's answer.
    if (warningOpen()) return true;
    const scans = attempt.composers.map((c) => this.scans.scanNow(c));
    scans.forEach((outcome, i) => this.showLive(attempt.composers[i], outcome));
    const verdict = combine(scans);
    if (!verdict.warn) return false;
    const { mode } = settings();
    if (mode === 'audit') {
      reportAudit(site.id, 'audited', verdict.findings, verdict.risk);
      return false;
    }
    void this.warn(site, attempt, verdict, scans.map((s) => s.text));
    return true;
  }

  private async warn(site: SiteAdapter, attempt: PublishAttempt, verdict: Verdict, texts: string[]): Promise<void> {
    const s = settings();
    const mode = s.mode === 'audit' ? 'warn' : s.mode;
    reportAudit(site.id, mode === 'block' ? 'blocked' : 'shown', verdict.findings, verdict.risk);
    const choice = await showWarning(
      {
        kind: site.kind, mode, findings: verdict.shown, reasons: s.justificationReasons,
        policyUrl: s.policyUrl, orgName: s.orgName, supportContact: s.supportContact,
      },
      attempt.primary,
      this.caretAtPointerDown,
    );
    if (choice.action === 'edit' || mode === 'block') {
      reportAudit(site.id, 'edited', verdict.findings, verdict.risk);
      return;
    }
    // Publish only the exact draft that was shown: if anything changed, the person decides again.
    const unchanged = attempt.composers.every((c, i) => c.isConnected && site.readText(c) === texts[i]);
    if (!unchanged) {
      attempt.primary.focus();
      return;
    }
    reportAudit(site.id, mode === 'justify' ? 'justified' : 'posted-anyway', verdict.findings, verdict.risk, choice.reason);
    replay(attempt, site);
  }

  private showLive(composer: HTMLElement, outcome: ScanOutcome): void {
    const { result, text } = outcome;
    const spans = result.verdict === 'warn' ? result.findings : [];
    try {
      this.highlighter.show(composer, text, spans);
    } catch {
      // Highlighting is a courtesy: a page that breaks Range or CSS.highlights keeps the guard.
    }
    this.counts.set(composer, spans.length);
    if (composer === this.focused) reportFindingsCount(spans.length);
    if (this.site) this.health.composerInUse(this.site, composer, text);
  }
}
