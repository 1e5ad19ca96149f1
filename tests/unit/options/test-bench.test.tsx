// The options page's test bench scans with the knowledge the composer has (names, places, word scores): it
// asks for it as the content script does and scans the text again when it arrives.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { installKnowledge } from '../../../src/detector/knowledge';
import { PACKAGED_KNOWLEDGE } from '../../../src/detector/knowledge/packaged';
import { DEFAULT_POLICY } from '../../../src/policy/defaults';
import { effectiveFromLayers } from '../../../src/policy/merge';
import { TestBench } from '../../../src/options/TestBench';

afterEach(() => { cleanup(); installKnowledge(null); });

describe('test bench', () => {
  it('scans the text again when the knowledge arrives', () => {
    installKnowledge(null);
    render(<TestBench settings={effectiveFromLayers(DEFAULT_POLICY, {}, {})} />);
    // A patient's full name the core's short name list does not know: the knowledge's tables do.
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'Tidy this up: seen Dwayne Hollister, started lisinopril 10 mg.' } });
    expect(document.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('ok');
    act(() => { installKnowledge(PACKAGED_KNOWLEDGE); });
    expect(document.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('warn');
  });
});
