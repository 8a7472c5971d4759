/**
 * The fixture case compiled: the same as tools/content/fixtures/case_visit.yaml after the
 * compiler (a compiler test checks they stay equal). Every kind of branch: a best, acceptable
 * and poor choice; a poor choice that leads to a different node, which can still rejoin the
 * best path; two ends.
 */
import type { CaseBlock } from '../../content/course-schema.js';

export const fixtureCase: CaseBlock = {
  type: 'case',
  id: 'case_visit',
  title: 'Jo and baby Sam, the first weeks',
  summary: 'A practice case in three short visits; choose what you would say.',
  start: 'n_first',
  nodes: [
    {
      id: 'n_first',
      title: '10 days — the new birth visit',
      speaker: 'Jo',
      html: '<p>Jo looks tired. &quot;He cries every evening and I don&#39;t know what he wants.&quot;</p>',
      choices: [
        {
          id: 'ask',
          text: 'Ask Jo what she has noticed about the crying.',
          responseHtml: '<p>Jo thinks. &quot;He turns away from the light, maybe?&quot;</p>',
          quality: 'best',
          feedbackHtml:
            '<p>Asking first shows Jo that she knows her baby, and builds <strong>serve and return</strong> between you.</p>',
          next: 'n_second',
        },
        {
          id: 'advise',
          text: 'Give Jo a leaflet on colic.',
          responseHtml: '<p>Jo takes the leaflet and goes quiet.</p>',
          quality: 'poor',
          feedbackHtml: '<p>Advice before listening can leave a parent feeling judged.</p>',
          next: 'n_repair',
        },
        {
          id: 'reassure',
          text: 'Tell Jo that evening crying is common.',
          responseHtml: '<p>Jo nods. &quot;So it&#39;s normal?&quot;</p>',
          quality: 'acceptable',
          feedbackHtml:
            '<p>Reassurance helps, but it closes the conversation before you know what Jo sees.</p>',
          next: 'n_second',
        },
      ],
    },
    {
      id: 'n_repair',
      title: 'Later in the same visit',
      html: '<p>Jo has put the leaflet down and is looking at Sam.</p>',
      choices: [
        {
          id: 'return',
          text: 'Put the leaflet aside and ask how the evenings feel for her.',
          responseHtml: '<p>Jo&#39;s eyes fill. &quot;Honestly? Lonely.&quot;</p>',
          quality: 'best',
          feedbackHtml:
            '<p>Coming back to listening repairs the moment: mismatches are ordinary, repair is what counts.</p>',
          next: 'n_second',
        },
        {
          id: 'leave',
          text: 'Book the next visit and leave.',
          responseHtml: '<p>Jo says goodbye at the door.</p>',
          quality: 'poor',
          feedbackHtml: '<p>Leaving now misses the chance to hear how Jo is.</p>',
          next: 'end_missed',
        },
      ],
    },
    {
      id: 'n_second',
      title: '6 weeks — the follow-up',
      speaker: 'Jo',
      html: '<p>&quot;He looked at me for ages this morning,&quot; Jo says.</p>',
      choices: [
        {
          id: 'notice',
          text: 'Say what you see when Sam looks at her now.',
          responseHtml: '<p>Jo smiles and talks to Sam, who coos back.</p>',
          quality: 'best',
          feedbackHtml:
            '<p>Naming the moment helps Jo notice Sam&#39;s <strong>engagement cues</strong>.</p>',
          next: 'end_good',
        },
        {
          id: 'screen',
          text: 'Move straight to the mood questionnaire.',
          responseHtml: '<p>Jo answers briefly.</p>',
          quality: 'acceptable',
          feedbackHtml: '<p>The questions matter, but the moment passed unnoticed.</p>',
          next: 'end_missed',
        },
      ],
    },
    {
      id: 'end_good',
      title: 'What changed',
      html: '<p>Jo now reads Sam&#39;s cues and tells you about them.</p>',
      debriefHtml: '<p>Listening first let Jo lead. The best path asked, then named what went well.</p>',
    },
    {
      id: 'end_missed',
      title: 'What was missed',
      html: '<p>Jo copes, but no one has heard how lonely the evenings are.</p>',
      debriefHtml:
        '<p>Each poor or hurried choice closed a door. On the best path you ask first and stay curious.</p>',
    },
  ],
};
