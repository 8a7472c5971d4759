/* global window, document, setTimeout, Event */
// Browser-side helpers for the screenshot test, injected into the course frame as a script.
// Plain JavaScript on purpose: functions passed to page.evaluate from tsx-compiled code can carry
// helper calls (`__name`) that do not exist in the page.
(() => {
  const settle = (ms = 60) => new Promise((r) => setTimeout(r, ms));

  function all(selector, root = document) {
    const found = [];
    const walk = (node) => {
      found.push(...node.querySelectorAll(selector));
      for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(root);
    return [...new Set(found)];
  }

  const text = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim();

  async function click(pattern) {
    const re = new RegExp(pattern);
    const button = all('button').find((b) => re.test(text(b)) && b.offsetParent !== null);
    if (!button)
      throw new Error(
        `No visible button matches ${pattern}; buttons: ${all('button').map(text).join(' | ')}`,
      );
    button.click();
    await settle(120);
  }

  function screen() {
    for (const tag of [
      'pir-welcome',
      'pir-lesson-page',
      'pir-assessment-intro',
      'pir-results',
      'pir-certificate',
    ]) {
      if (all(tag).length) return tag.replace('pir-', '');
    }
    if (all('pir-question[mode=assessment]').length) return 'assessment-question';
    return 'other';
  }

  function questions() {
    return all('pir-question').map((el) => el.question);
  }

  async function answer(el, correct) {
    const q = el.question;
    const root = el.shadowRoot;
    const clickSel = (sel) => root.querySelector(sel)?.click();
    switch (q.type) {
      case 'single': {
        const wrong = q.options.find((o) => o.id !== q.correct).id;
        clickSel(`input[value="${correct ? q.correct : wrong}"]`);
        break;
      }
      case 'multiple': {
        const ids = correct ? q.correct : [q.options.find((o) => !q.correct.includes(o.id)).id];
        for (const id of ids) clickSel(`input[value="${id}"]`);
        break;
      }
      case 'truefalse':
        clickSel(`input[value="${String(correct ? q.correct : !q.correct)}"]`);
        break;
      case 'matching':
        for (const item of q.items) {
          const select = root.querySelector(`select[data-item="${item.id}"]`);
          const right = q.correct[item.id];
          select.value = correct ? right : q.targets.find((t) => t.id !== right).id;
          select.dispatchEvent(new Event('change'));
        }
        break;
      case 'ordering': {
        const want = correct ? q.correct : [...q.correct].reverse();
        for (let pos = 0; pos < want.length; pos++) {
          for (let guard = 0; guard < 50; guard++) {
            await settle(10);
            const order = [...root.querySelectorAll('button[data-dir="-1"]')].map((b) => b.dataset.id);
            if (order.indexOf(want[pos]) <= pos) break;
            clickSel(`button[data-dir="-1"][data-id="${want[pos]}"]`);
          }
        }
        break;
      }
    }
    await settle(30);
    root.querySelector('button[type=submit]').click();
    await settle(120);
  }

  /** Answers every unanswered question on screen; returns their types. */
  async function answerAll(correct) {
    const types = [];
    for (const el of all('pir-question')) {
      if (!el.shadowRoot.querySelector('button[type=submit]')) continue;
      types.push(el.question.type);
      await answer(el, typeof correct === 'function' ? correct(el.question) : correct);
    }
    return types;
  }

  function horizontalOverflow() {
    const d = document.documentElement;
    return { scrollWidth: d.scrollWidth, clientWidth: d.clientWidth };
  }

  function markQuestion(type) {
    for (const el of all('pir-question')) el.removeAttribute('data-shot');
    const el = all('pir-question').find(
      (e) => e.question.type === type && e.shadowRoot.querySelector('[part=feedback]'),
    );
    if (el) el.setAttribute('data-shot', '');
    return !!el;
  }

  /** Writes a reflection in every reflection box on screen, as typing would. */
  function reflect(text) {
    for (const box of all('textarea')) {
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      box.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  /**
   * Plays every unfinished branching case on screen to its debrief along its best path (a lesson
   * with a case is complete only once the case reaches an end). Returns the clicks it took.
   */
  async function playCases() {
    let clicks = 0;
    for (const el of all('pir-case')) {
      for (let guard = 0; guard < 20; guard++) {
        const nodes = new Map(el.block.nodes.map((n) => [n.id, n]));
        let node = nodes.get(el.block.start);
        for (const id of el.path) node = nodes.get(node.choices.find((c) => c.id === id).next);
        const best = node.choices && node.choices.find((c) => c.quality === 'best');
        if (!best) break;
        el.shadowRoot.querySelector(`input[type=radio][value="${best.id}"]`).click();
        el.shadowRoot.querySelector('button[type=submit]').click();
        await settle(60);
        [...el.shadowRoot.querySelectorAll('button')].find((b) => text(b) === 'Continue').click();
        await settle(120);
        clicks += 3;
      }
    }
    return clicks;
  }

  window.__pir = {
    playCases,
    reflect,
    settle,
    all,
    click,
    screen,
    questions,
    answer,
    answerAll,
    horizontalOverflow,
    markQuestion,
  };
})();
