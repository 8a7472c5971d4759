import { expect, fixture, html } from '@open-wc/testing';
import { formatDuration, formatNotionalTime, type PirCertificate } from './pir-certificate.js';
import './pir-certificate.js';
import '../test-strings.js';

const reflections = [
  { lessonTitle: 'Lesson two', prompt: 'What will you ask?', text: 'About sleep.\nAbout play.' },
  { lessonTitle: 'Lesson three', prompt: 'What will you change?', text: '' },
];

/** A logo as the package would serve it (inline here, so the test requests nothing). */
const LOGO = 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1"/%3E';

describe('pir-certificate', () => {
  it('formats time spent in words', () => {
    expect(formatDuration(20)).to.equal('less than a minute');
    expect(formatDuration(60)).to.equal('1 minute');
    expect(formatDuration(25 * 60 + 59)).to.equal('25 minutes');
    expect(formatDuration(3600 + 5 * 60)).to.equal('1 hour 5 minutes');
    expect(formatDuration(2 * 3600)).to.equal('2 hours');
  });

  it('states the notional learning time in whole minutes, never as nothing', () => {
    expect(formatNotionalTime(32.6)).to.equal('About 33 minutes');
    expect(formatNotionalTime(65)).to.equal('About 1 hour 5 minutes');
    expect(formatNotionalTime(0.2)).to.equal('About 1 minute');
  });

  it('shows the record of completion with every field, and is accessible', async () => {
    const el = await fixture<PirCertificate>(
      html`<pir-certificate
        course-title="Supporting parent-infant relationships"
        version="1.2.0"
        learner-name="Doe, Jane"
        .completedAt=${Date.UTC(2026, 10, 23, 12)}
        .score=${90}
        .timeSpent=${1900}
        completion-reference="PIR-ABCD-EFGH"
        .issuer=${{ name: 'Northshire Healthcare NHS Foundation Trust' }}
        .outcomes=${['Recognise infant cues.', 'Choose a proportionate next step.']}
        .notionalMinutes=${32.6}
        .reflections=${reflections}
      ></pir-certificate>`,
    );
    const cert = el.shadowRoot?.querySelector('.certificate')?.textContent?.replace(/\s+/g, ' ') ?? '';
    for (const expected of [
      'Jane Doe',
      'Supporting parent-infant relationships',
      '23 November 2026',
      '90%',
      '31 minutes',
      '1.2.0',
      'PIR-ABCD-EFGH',
      'Northshire Healthcare NHS Foundation Trust',
      'Recognise infant cues.',
      'Choose a proportionate next step.',
      'Notional learning time',
      'About 33 minutes',
    ]) {
      expect(cert).to.include(expected);
    }
    const notes = el.shadowRoot?.querySelector('.reflections')?.textContent ?? '';
    expect(notes).to.include('About sleep.\nAbout play.');
    expect(notes).to.include('You did not write anything for this prompt.');
    await expect(el).to.be.accessible();
  });

  it('leaves out the issuer, outcomes and notional time when the course gives none', async () => {
    const el = await fixture<PirCertificate>(
      html`<pir-certificate
        course-title="C"
        version="1.0.0"
        .completedAt=${Date.UTC(2026, 0, 2)}
      ></pir-certificate>`,
    );
    const cert = el.shadowRoot?.querySelector('.certificate');
    expect(cert?.textContent).not.to.include('Issued by');
    expect(cert?.textContent).not.to.include('Notional learning time');
    expect(cert?.querySelector('.outcomes')).to.equal(null);
    expect(cert?.querySelector('img')).to.equal(null);
  });

  it("shows the issuer's logo as decoration beside the issuer's name", async () => {
    const el = await fixture<PirCertificate>(
      html`<pir-certificate
        course-title="C"
        version="1.0.0"
        .completedAt=${Date.UTC(2026, 0, 2)}
        .issuer=${{ name: 'Trust', logo: LOGO }}
      ></pir-certificate>`,
    );
    const img = el.shadowRoot?.querySelector('.certificate img');
    expect(img?.getAttribute('src')).to.equal(LOGO);
    expect(img?.getAttribute('alt')).to.equal('');
    expect(el.shadowRoot?.querySelector('.issuer')?.textContent).to.equal('Trust');
  });

  it('before completion says what remains and still offers the reflections', async () => {
    const el = await fixture<PirCertificate>(
      html`<pir-certificate
        course-title="C"
        version="1.0.0"
        .remaining=${['passed the final assessment']}
        .reflections=${reflections}
      ></pir-certificate>`,
    );
    expect(el.shadowRoot?.querySelector('h1')?.textContent).to.equal('Your summary');
    expect(el.shadowRoot?.querySelector('.certificate')).to.equal(null);
    expect(el.shadowRoot?.textContent).to.include('passed the final assessment');
    expect(el.shadowRoot?.textContent).to.include('Print or save your reflections');
    await expect(el).to.be.accessible();
  });

  it('marks which part is printing, and clears it after printing', async () => {
    const el = await fixture<PirCertificate>(
      html`<pir-certificate course-title="C" version="1.0.0"></pir-certificate>`,
    );
    el.printing = 'reflections';
    await el.updateComplete;
    expect(el.getAttribute('printing')).to.equal('reflections');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.getAttribute('printing')).to.equal('');
  });
});
