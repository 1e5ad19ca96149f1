// The guard for one page: follows the page's composers, scans them as the user types (highlights,
// badge), and decides at publish time from the exact current text whether to hold the publish
// and show the warning; after "Post anyway" it replays the original action exactly once.
// Attached photos are read as they are attached and join the decision (attachments/).
import { warningsOf } from '../detector/scan';
import type { AuditAction } from '../shared/messages';
import { containsDeep } from '../sites/dom/deep-query';
import type { SiteAdapter } from '../sites/types';
import { AttachedImages, type AttachedImage } from './attachments/attached-images';
import type { AttachmentHost } from './attachments/capture';
import { imageAnalysisOptions, PUBLISH_WAIT_MS, shownImages, waitForImages } from './attachments/image-gate';
import { imageAuditFacts, imagesWarn, judgeImages, settled, type ImageJudgement } from './attachments/image-verdict';
import { ownerOf } from './attachments/owner';
import { removedByPerson, watchForPreview } from './attachments/previews';
import { Highlighter } from './highlight/highlighter';
import type { PublishAttempt } from './intercept/attempt';
import type { InterceptorHost } from './intercept/interceptor';
import { replay } from './intercept/replay';
import { loadKnowledge, prepareKnowledge } from './knowledge-loader';
import { reportAudit, reportFindingsCount } from './messaging';
import { captureCaret } from './overlay/selection';
import { settleWarning, showWarning, updateWarning, warningOpen, type WarningRequest } from './overlay/show-warning';
import { ComposerScans, scanOptionsFor, type ScanOutcome } from './scans';
import { currentScanOptions, guardActive, prepareInterface, settings, siteOverride } from './settings-state';
import { SiteHealthMonitor } from './site-health';
import { combine, type Verdict } from './verdict';
import { ComposerWatcher } from './watcher';

export class Guard implements InterceptorHost, AttachmentHost {
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
    () => scanOptionsFor(this.site?.kind, currentScanOptions()),
    (composer, outcome) => this.showLive(composer, outcome),
  );

  private readonly images = new AttachedImages((owner) =>
    imageAnalysisOptions(settings(), currentScanOptions().sensitivity ?? settings().sensitivity, this.textIn(owner)),
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
      added: (composer) => {
        this.scans.scanSoon(composer, 0);
        prepareKnowledge(); // the worker reads the knowledge now, so the first focus finds it ready
      },
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

  /** Photos attached to a composer (file input, paste, drop): read now, decided at publish. */
  attach(files: File[], path: EventTarget[]): void {
    const site = this.adapter();
    if (!site || !this.watcher) return;
    const owner = ownerOf(site, this.watcher.composers(), path);
    for (const file of files) watchForPreview(this.images.add(owner, file));
  }

  /** The text of every composer in a container (the post a photo goes with), as attached. */
  private textIn(owner: Element | null): string {
    if (!owner || !this.site || !this.watcher) return '';
    const site = this.site;
    return this.watcher.composers().filter((c) => containsDeep(owner, c)).map((c) => site.readText(c)).join('\n');
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
    // The knowledge of names and places loads on the first composer focus; then drafts are read again with it.
    // So does the interface's language, for the warning that may follow.
    loadKnowledge(() => this.rescanComposers());
    prepareInterface();
  }

  private rescanComposers(): void {
    if (!this.site || !this.watcher || !guardActive(this.site.id)) return;
    for (const c of this.watcher.composers()) this.scans.scanSoon(c, 0);
  }

  shouldHold(attempt: PublishAttempt): boolean {
    const site = this.adapter();
    if (!site) return false;
    // A publish with no composer focus before it (a prefilled share box): ask for the language now.
    prepareInterface();
    // A second publish while the warning is up waits for the person's answer.
    if (warningOpen()) return true;
    const scans = attempt.composers.map((c) => this.scans.scanNow(c));
    scans.forEach((outcome, i) => this.showLive(attempt.composers[i], outcome));
    const verdict = combine(scans);
    const images = this.imagesPublishedBy(site, attempt);
    const judged = judgeImages(images);
    if (!verdict.warn && settled(judged) && !imagesWarn(judged)) {
      this.images.forget(images);
      return false;
    }
    const { mode } = settings();
    if (mode === 'audit') {
      void this.auditOnly(site, verdict, images);
      return false;
    }
    void this.warn(site, attempt, verdict, scans.map((s) => s.text), images, judged);
    return true;
  }

  private imagesPublishedBy(site: SiteAdapter, attempt: PublishAttempt): AttachedImage[] {
    const owners = [...new Set(attempt.composers.map((c) => site.containerOf(c)))];
    const images = this.images.forPublish(owners);
    const removed = removedByPerson(images);
    this.images.forget(removed);
    return images.filter((i) => !removed.includes(i));
  }

  /** Audit mode never holds a post: photos still being read are recorded once they are. */
  private async auditOnly(site: SiteAdapter, verdict: Verdict, images: AttachedImage[]): Promise<void> {
    if (!settled(judgeImages(images))) await waitForImages(images, Date.now() + PUBLISH_WAIT_MS, new Promise(() => {}));
    const j = judgeImages(images, true);
    this.images.forget(images);
    if (verdict.warn || imagesWarn(j)) audit(site.id, 'audited', verdict, j);
  }

  private async warn(
    site: SiteAdapter, attempt: PublishAttempt, verdict: Verdict, texts: string[], images: AttachedImage[],
    judged: ImageJudgement,
  ): Promise<void> {
    const s = settings();
    const mode = s.mode === 'audit' ? 'warn' : s.mode;
    const request = (j: ImageJudgement): WarningRequest => ({
      kind: site.kind, mode, findings: verdict.shown, reasons: s.justificationReasons,
      policyUrl: s.policyUrl, orgName: s.orgName, supportContact: s.supportContact,
      images: shownImages(j), checking: !settled(j),
    });
    const deadline = Date.now() + PUBLISH_WAIT_MS;
    const answer = showWarning(request(judged), attempt.primary, this.caretAtPointerDown);
    let j = judged;
    if (!settled(j)) {
      // The dialog says it is still checking the photo; decide as soon as it has been read.
      const read = await waitForImages(j.pending, deadline, answer);
      if (!warningOpen()) return this.answered(site, attempt, texts, images, verdict, j, mode, await answer, false);
      j = judgeImages(images, !read);
      if (!verdict.warn && !imagesWarn(j)) settleWarning({ action: 'proceed' });
      else updateWarning(request(j));
    }
    const warned = verdict.warn || imagesWarn(j);
    if (warned) audit(site.id, mode === 'block' ? 'blocked' : 'shown', verdict, j);
    return this.answered(site, attempt, texts, images, verdict, j, mode, await answer, warned);
  }

  private answered(
    site: SiteAdapter, attempt: PublishAttempt, texts: string[], images: AttachedImage[], verdict: Verdict,
    j: ImageJudgement, mode: WarningRequest['mode'], choice: Awaited<ReturnType<typeof showWarning>>, warned: boolean,
  ): void {
    if (choice.action === 'edit' || (mode === 'block' && warned)) {
      if (warned) audit(site.id, 'edited', verdict, j);
      return;
    }
    // Publish only the exact draft that was shown: if anything changed, the person decides again.
    const unchanged = attempt.composers.every((c, i) => c.isConnected && site.readText(c) === texts[i]);
    if (!unchanged) {
      attempt.primary.focus();
      return;
    }
    if (warned) audit(site.id, mode === 'justify' ? 'justified' : 'posted-anyway', verdict, j, choice.reason);
    this.images.forget(images);
    replay(attempt, site);
  }

  private showLive(composer: HTMLElement, outcome: ScanOutcome): void {
    const { result, text } = outcome;
    const spans = result.verdict === 'warn' ? warningsOf(result) : [];
    // Identifiers in a post that does not warn are marked faintly (never counted, never a warning).
    const notices = settings().markIdentifiers ? result.findings.filter((f) => f.level === 'notice').map((f) => ({ start: f.start, end: f.end, notice: true })) : [];
    try {
      this.highlighter.show(composer, text, notices.length ? [...spans, ...notices] : spans);
    } catch {
      // Highlighting is a courtesy: a page that breaks Range or CSS.highlights keeps the guard.
    }
    this.counts.set(composer, spans.length);
    if (composer === this.focused) reportFindingsCount(spans.length);
    if (this.site) this.health.composerInUse(this.site, composer, text);
  }
}

/** One audit event for the text's findings and the photos': categories, rule ids, sources; no content. */
function audit(siteId: string, action: AuditAction, verdict: Verdict, j: ImageJudgement, reason?: string): void {
  const facts = imageAuditFacts(j);
  const findings = [...verdict.findings, ...facts.findings];
  const risk = Math.max(verdict.risk, facts.risk);
  if (facts.sources) reportAudit(siteId, action, findings, risk, reason, facts.sources);
  else if (reason !== undefined) reportAudit(siteId, action, findings, risk, reason);
  else reportAudit(siteId, action, findings, risk);
}
