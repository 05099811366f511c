/*
 * The Promise Keeper admin page. Loads rules, templates, settings, delight gestures and the audit from the admin
 * REST API and saves them back with the version it read. Everything an administrator typed, and every server message, is
 * set with textContent or form values, never as markup. Server errors name a path (rules[0].trigger.threshold);
 * each is shown next to the field carrying that path, or in the section's error list when no field does.
 */
(function () {
    'use strict';

    var root, rest, texts = {};
    var state = {rules: [], rulesVersion: 0, editing: -1, templateIds: [],
        templates: [], templatesVersion: 0, settingsVersion: 0, delightVersion: 0, gestureIds: []};
    /** The triggers by type, from the admin REST schema (declared once, in core): kind, limits, optional. */
    var triggers = {};
    var DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
    var FIELDS = ['project', 'requestType', 'priority', 'organisation', 'label', 'status', 'language'];
    var previewTimer = null;

    function $(id) { return document.getElementById(id); }

    function text(key, args) {
        var t = texts[key] || key;
        (args || []).forEach(function (a, i) { t = t.split('{' + i + '}').join(String(a)); });
        return t;
    }

    function el(tag, className, content) {
        var node = document.createElement(tag);
        if (className) { node.className = className; }
        if (content !== undefined && content !== null) { node.textContent = String(content); }
        return node;
    }

    function call(method, path, body) {
        var headers = {'Accept': 'application/json'};
        if (method !== 'GET') {
            // Both are required by the server: a cross-site form can send neither.
            headers['Content-Type'] = 'application/json';
            headers['X-Atlassian-Token'] = 'no-check';
        }
        return fetch(rest + path, {
            method: method, credentials: 'same-origin', headers: headers,
            body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body))
        }).then(function (response) {
            return response.text().then(function (raw) {
                var data = null;
                try { data = raw ? JSON.parse(raw) : null; } catch (ignored) { data = null; }
                return {ok: response.ok, status: response.status, data: data};
            });
        });
    }

    function message(kind, words) {
        var box = $('pk-admin-message');
        box.textContent = '';
        if (!words) { return; }
        var m = el('div', 'aui-message aui-message-' + kind);
        m.appendChild(el('p', null, words));
        box.appendChild(m);
    }

    function clearErrors(section) {
        Array.prototype.forEach.call(section.querySelectorAll('.pk-field-error'), function (e) { e.remove(); });
        Array.prototype.forEach.call(section.querySelectorAll('.pk-errors'), function (e) { e.textContent = ''; });
    }

    /** The element of {@code section} whose data-path is {@code path}, or of a shorter prefix of it. */
    function fieldFor(section, path) {
        var p = path;
        while (p) {
            var found = section.querySelector('[data-path="' + (window.CSS && CSS.escape ? CSS.escape(p) : p) + '"]');
            if (found) { return found; }
            var cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut > 0 ? p.substring(0, cut) : '';
        }
        return null;
    }

    function showErrors(section, list, errors) {
        (errors || []).forEach(function (e) {
            var path = e.field || '$';
            var note = el('div', 'error pk-field-error', path + ': ' + e.message);
            note.setAttribute('data-field', path);
            var field = fieldFor(section, path);
            if (field && field.parentNode) {
                field.parentNode.insertBefore(note, field.nextSibling);
            } else {
                list.appendChild(note);
            }
        });
    }

    function outcome(result, section, list, onSaved) {
        if (result.ok) {
            message('success', text('saved'));
            onSaved(result.data);
            loadAudit();
        } else if (result.status === 409) {
            message('warning', text('conflict'));
        } else if (result.status === 400) {
            message('error', text('invalid'));
            showErrors(section, list, result.data && result.data.errors);
        } else if (result.status === 401 || result.status === 403) {
            message('error', text('forbidden'));
            showErrors(section, list, result.data && result.data.errors);
        } else {
            message('error', text('failed'));
        }
    }

    function versionLine(node, doc) {
        node.textContent = doc.version > 0
            ? text('version', [doc.version]) + ' \u00b7 ' + (doc.changedBy || '') + ' \u00b7 ' + (doc.changedAt || '')
            : text('defaults');
    }

    // ---- rules ----

    function loadRules() {
        return call('GET', '/rules').then(function (r) {
            if (!r.ok) { message('error', text(r.status === 403 || r.status === 401 ? 'forbidden' : 'failed')); return; }
            takeRules(r.data);
        });
    }

    function takeRules(doc) {
        state.examples = doc.examples || state.examples || [];
        state.rules = doc.document.rules;
        state.rulesVersion = doc.version;
        state.templateIds = doc.templateIds || state.templateIds;
        versionLine($('pk-rules-version'), doc);
        var list = $('pk-template-ids');
        list.textContent = '';
        state.templateIds.forEach(function (id) { var o = el('option'); o.value = id; list.appendChild(o); });
        renderRuleList();
        renderExamples();
        edit(state.rules.length ? Math.min(Math.max(state.editing, 0), state.rules.length - 1) : -1);
        // Stored rules that no longer read (a template or gesture deleted since) do not run; say which and why.
        var disabled = $('pk-rules-errors');
        disabled.textContent = '';
        (doc.disabled || []).forEach(function (e) {
            disabled.appendChild(el('div', 'error pk-rule-disabled', text('ruledisabled', [e.field, e.message])));
        });
    }

    /** A shipped example's name in the page's language (the server sends the English one). */
    function exampleName(example) {
        var key = 'example.' + example.id;
        return texts[key] ? texts[key] : example.name;
    }

    /**
     * The shipped examples (disabled, approval mode): one click adds the example to the rules, enabled and still in
     * approval mode, or enables it when it is already there; from then on it is an ordinary rule.
     */
    function renderExamples() {
        var list = $('pk-example-list');
        if (!list) { return; }
        list.textContent = '';
        (state.examples || []).forEach(function (example) {
            var index = -1;
            state.rules.forEach(function (rule, i) { if (rule.id === example.id) { index = i; } });
            var on = index >= 0 && state.rules[index].enabled !== false;
            var item = el('li', 'pk-example');
            item.setAttribute('data-example', example.id);
            item.appendChild(el('strong', 'pk-example-name', exampleName(example)));
            item.appendChild(el('span', 'pk-example-what', ' \u2014 ' + text('example.' + example.id + '.what')));
            item.appendChild(document.createTextNode(' '));
            if (on) {
                item.appendChild(el('span', 'aui-lozenge aui-lozenge-success pk-example-on', text('example.enabled')));
            } else {
                var button = el('button', 'aui-button aui-button-primary pk-example-enable', text('example.enable'));
                button.type = 'button';
                button.addEventListener('click', function () { enableExample(example, index); });
                item.appendChild(button);
            }
            list.appendChild(item);
        });
    }

    function enableExample(example, index) {
        var next = state.rules.slice();
        if (index >= 0) {
            next[index] = Object.assign({}, next[index], {enabled: true});
            state.editing = index;
        } else {
            next.push(Object.assign({}, example, {name: exampleName(example), enabled: true, mode: 'approval'}));
            state.editing = -1;
        }
        saveRules({rules: next}, $('pk-rules-errors')).then(function () {
            if (state.rules.some(function (r) { return r.id === example.id && r.enabled !== false; })) {
                message('success', text('example.added', [exampleName(example)]));
            }
        });
    }

    function optionLabel(selectId, value) {
        var found = Array.prototype.filter.call($(selectId).options, function (o) { return o.value === value; })[0];
        return found ? found.textContent : String(value);
    }

    function triggerLabel(type) {
        return optionLabel('pk-rule-trigger', type);
    }

    /** The template new actions start with: the delay notice when it exists. */
    function defaultTemplate() {
        return state.templateIds.indexOf('delay-notice') >= 0 ? 'delay-notice' : (state.templateIds[0] || '');
    }

    function renderRuleList() {
        var body = $('pk-rule-list').querySelector('tbody');
        body.textContent = '';
        if (!state.rules.length) {
            var empty = el('tr', 'pk-no-rules');
            var cell = el('td', null, text('norules'));
            cell.colSpan = 5;
            empty.appendChild(cell);
            body.appendChild(empty);
        }
        state.rules.forEach(function (rule, i) {
            var row = el('tr', 'pk-rule-row');
            row.setAttribute('data-index', String(i));
            row.appendChild(el('td', 'pk-rule-name', rule.name));
            row.appendChild(el('td', 'pk-rule-trigger', triggerLabel(rule.trigger && rule.trigger.type)));
            row.appendChild(el('td', 'pk-rule-mode', optionLabel('pk-rule-mode', rule.mode)));
            row.appendChild(el('td', 'pk-rule-enabled', rule.enabled === false ? text('off') : text('on')));
            var actions = el('td');
            var editButton = el('button', 'aui-button aui-button-link pk-rule-edit', text('edit'));
            editButton.type = 'button';
            editButton.addEventListener('click', function () { edit(i); });
            var removeButton = el('button', 'aui-button aui-button-link pk-rule-remove', text('remove'));
            removeButton.type = 'button';
            removeButton.addEventListener('click', function () {
                var next = state.rules.slice();
                next.splice(i, 1);
                saveRules({rules: next}, $('pk-rules-errors'));
            });
            actions.appendChild(editButton);
            actions.appendChild(removeButton);
            row.appendChild(actions);
            if (i === state.editing) { row.classList.add('pk-editing'); }
            body.appendChild(row);
        });
    }

    function edit(index) {
        state.editing = index;
        var rule = index >= 0 ? state.rules[index] : {
            id: 'rule-' + (state.rules.length + 1), name: text('newrule'), enabled: true,
            mode: $('pk-default-mode').value || 'approval', trigger: {type: 'promiseAtRisk', threshold: 0.7},
            conditions: {}, actions: [{type: 'sendDelayNotice', template: defaultTemplate()}]
        };
        $('pk-rule-id').value = rule.id || '';
        $('pk-rule-name').value = rule.name || '';
        $('pk-rule-enabled').checked = rule.enabled !== false;
        $('pk-rule-mode').value = rule.mode || 'approval';
        $('pk-rule-trigger').value = (rule.trigger && rule.trigger.type) || 'promiseAtRisk';
        var param = paramName();
        $('pk-rule-param').value = param && rule.trigger && rule.trigger[param] !== undefined ? String(rule.trigger[param]) : '';
        syncParam();
        FIELDS.forEach(function (f) {
            var values = (rule.conditions || {})[f];
            $('pk-cond-' + f).value = values ? values.join(', ') : '';
        });
        var rows = $('pk-action-rows');
        rows.textContent = '';
        (rule.actions || []).forEach(addAction);
        setRulePaths();
        clearErrors($('pk-rule-form'));
        Array.prototype.forEach.call(document.querySelectorAll('.pk-rule-row'), function (row) {
            row.classList.toggle('pk-editing', Number(row.getAttribute('data-index')) === index);
        });
    }

    /** The selected trigger's setting (each trigger has at most one), or undefined. */
    function param() {
        var trigger = triggers[$('pk-rule-trigger').value];
        return trigger && trigger.parameters.length ? trigger.parameters[0] : undefined;
    }

    function paramName() {
        var p = param();
        return p ? p.name : '';
    }

    function syncParam() {
        var p = param();
        var input = $('pk-rule-param');
        input.disabled = !p;
        input.closest('.field-group').hidden = !p;
        input.placeholder = p && p.optional ? String(p['default']) : '';
        var hint = input.closest('.field-group').querySelector('.description');
        if (hint && p) { hint.textContent = text(p.hintKey); }
        setRulePaths();
    }

    function loadSchema() {
        return call('GET', '/schema').then(function (r) {
            if (!r.ok) { return; }
            var select = $('pk-rule-trigger');
            select.textContent = '';
            triggers = {};
            r.data.triggers.forEach(function (t) {
                triggers[t.type] = t;
                var option = el('option', null, text(t.labelKey));
                option.value = t.type;
                select.appendChild(option);
            });
        });
    }

    function addAction(action) {
        var row = $('pk-action-template').content.firstElementChild.cloneNode(true);
        var type = row.querySelector('.pk-action-type');
        var value = row.querySelector('.pk-action-value');
        type.value = action.type || 'sendDelayNotice';
        var param = type.selectedOptions[0].getAttribute('data-param');
        value.value = action[param] || '';
        var remove = row.querySelector('.pk-action-remove');
        remove.textContent = text('removeaction');
        remove.addEventListener('click', function () { row.remove(); setRulePaths(); });
        type.addEventListener('change', setRulePaths);
        $('pk-action-rows').appendChild(row);
        setRulePaths();
    }

    /** Gives the form's fields the server's paths for the rule being edited, so its errors land beside them. */
    function setRulePaths() {
        var at = state.editing >= 0 ? state.editing : state.rules.length;
        var prefix = 'rules[' + at + '].';
        Array.prototype.forEach.call($('pk-rule-form').querySelectorAll('[data-rule-path]'), function (field) {
            var rel = field.getAttribute('data-rule-path');
            if (rel === 'trigger.param') { rel = 'trigger.' + (paramName() || 'type'); }
            field.setAttribute('data-path', prefix + rel);
        });
        Array.prototype.forEach.call($('pk-action-rows').querySelectorAll('.pk-action'), function (row, i) {
            var type = row.querySelector('.pk-action-type');
            row.setAttribute('data-path', prefix + 'actions[' + i + ']');
            type.setAttribute('data-path', prefix + 'actions[' + i + '].type');
            var param = type.selectedOptions[0].getAttribute('data-param');
            var value = row.querySelector('.pk-action-value');
            value.setAttribute('data-path', prefix + 'actions[' + i + '].' + param);
            // Template actions offer the template ids, delight actions the gesture ids.
            value.setAttribute('list', param === 'gesture' ? 'pk-gesture-ids' : 'pk-template-ids');
        });
        $('pk-rule-form').setAttribute('data-path', prefix.substring(0, prefix.length - 1));
    }

    function ruleFromForm() {
        var trigger = {type: $('pk-rule-trigger').value};
        var p = param();
        if (p) {
            var raw = $('pk-rule-param').value.trim();
            // Numbers go as numbers; anything else goes as typed, so the server can say what is wrong with it.
            if (raw !== '' || !p.optional) {
                trigger[p.name] = p.kind !== 'duration' && raw !== '' && !isNaN(Number(raw)) ? Number(raw) : raw;
            }
        }
        var conditions = {};
        FIELDS.forEach(function (f) {
            var values = $('pk-cond-' + f).value.split(',').map(function (v) { return v.trim(); })
                .filter(function (v) { return v; });
            if (values.length) { conditions[f] = values; }
        });
        var actions = [];
        Array.prototype.forEach.call($('pk-action-rows').querySelectorAll('.pk-action'), function (row) {
            var type = row.querySelector('.pk-action-type');
            var action = {type: type.value};
            action[type.selectedOptions[0].getAttribute('data-param')] = row.querySelector('.pk-action-value').value;
            actions.push(action);
        });
        return {id: $('pk-rule-id').value.trim(), name: $('pk-rule-name').value, enabled: $('pk-rule-enabled').checked,
            mode: $('pk-rule-mode').value, trigger: trigger, conditions: conditions, actions: actions};
    }

    function rulesWithForm() {
        var next = state.rules.slice();
        if (state.editing >= 0) { next[state.editing] = ruleFromForm(); } else { next.push(ruleFromForm()); }
        return {rules: next};
    }

    function saveRules(doc, list) {
        var section = $('pk-rules');
        clearErrors(section);
        message(null, null);
        var wasNew = state.editing < 0;
        return call('PUT', '/rules?version=' + state.rulesVersion, doc).then(function (r) {
            outcome(r, section, list, function (data) {
                if (wasNew) { state.editing = data.document.rules.length - 1; }
                takeRules(data);
            });
        });
    }

    function dryRun() {
        var section = $('pk-rules');
        clearErrors(section);
        var box = $('pk-dry-run-result');
        box.textContent = '';
        call('POST', '/dry-run', rulesWithForm()).then(function (r) {
            if (!r.ok) {
                outcome(r, section, $('pk-rules-errors'), function () {});
                return;
            }
            var d = r.data;
            var tickets = {};
            d.hits.forEach(function (h) { tickets[h.ticketKey] = true; });
            box.appendChild(el('p', 'pk-dry-run-summary', text('dryrun.summary',
                [d.days, Object.keys(tickets).length, d.ticketsExamined])));
            var perRule = el('ul', 'pk-dry-run-rules');
            d.rules.forEach(function (rule) {
                var item = el('li', null, text('dryrun.rule', [rule.name, rule.tickets]));
                var keys = d.hits.filter(function (h) { return h.ruleId === rule.id; })
                    .map(function (h) { return h.ticketKey; });
                if (keys.length) { item.appendChild(el('span', 'pk-dry-run-keys', ' (' + keys.join(', ') + ')')); }
                perRule.appendChild(item);
            });
            box.appendChild(perRule);
        });
    }

    // ---- templates ----

    function loadTemplates() {
        return call('GET', '/templates').then(function (r) {
            if (r.ok) { takeTemplates(r.data); }
        });
    }

    function takeTemplates(doc) {
        state.templates = doc.document.templates;
        state.templatesVersion = doc.version;
        versionLine($('pk-templates-version'), doc);
        var select = $('pk-template-id');
        var current = select.value;
        select.textContent = '';
        var ids = [];
        state.templates.forEach(function (t) { if (ids.indexOf(t.id) < 0) { ids.push(t.id); } });
        ids.forEach(function (id) { var o = el('option', null, id); o.value = id; select.appendChild(o); });
        select.value = ids.indexOf(current) >= 0 ? current
            : (ids.indexOf('delay-notice') >= 0 ? 'delay-notice' : (ids[0] || ''));
        showTemplate();
    }

    function bodyOf(id, language) {
        var found = state.templates.filter(function (t) { return t.id === id && t.language === language; })[0];
        return found ? found.body : '';
    }

    function showTemplate() {
        var id = $('pk-template-id').value;
        $('pk-template-en').value = bodyOf(id, 'en');
        $('pk-template-nl').value = bodyOf(id, 'nl');
        pointTemplatePaths();
        preview();
    }

    /** Server paths of the shown template's entries (templates[3].body), for errors after a save. */
    function pointTemplatePaths() {
        var id = $('pk-template-id').value;
        ['en', 'nl'].forEach(function (language) {
            var index = -1;
            state.templates.forEach(function (t, i) { if (t.id === id && t.language === language) { index = i; } });
            var area = $('pk-template-' + language);
            area.setAttribute('data-save-path', index >= 0 ? 'templates[' + index + '].body' : '');
        });
    }

    function preview() {
        var section = $('pk-templates');
        var bodies = {};
        ['en', 'nl'].forEach(function (language) {
            var body = $('pk-template-' + language).value;
            $('pk-template-' + language).setAttribute('data-path', 'bodies.' + language);
            if (body.trim()) {
                bodies[language] = body;
            } else {
                $('pk-preview-' + language).textContent = '';
                $('pk-rendered-' + language).textContent = '';
            }
        });
        clearErrors(section);
        if (!Object.keys(bodies).length) { return; }
        call('POST', '/templates/preview', {bodies: bodies}).then(function (r) {
            if (r.ok) {
                r.data.previews.forEach(function (p) {
                    var out = $('pk-preview-' + p.language);
                    if (out) { out.textContent = p.markup; }
                    var rendered = $('pk-rendered-' + p.language);
                    if (rendered) { showSafeHtml(rendered, p.html || ''); }
                });
            } else {
                showErrors(section, $('pk-templates-errors'), r.data && r.data.errors);
            }
        });
    }

    var SAFE_TAGS = {P: true, BR: true, STRONG: true, EM: true, CODE: true, UL: true, OL: true, LI: true, A: true,
        BLOCKQUOTE: true, H5: true};

    /**
     * The server's rendering of a notice, as the customer will read it. The server escapes everything and writes only
     * a few tags; this keeps only those tags (and http links) again, so nothing else can ever become markup here.
     */
    function showSafeHtml(target, html) {
        var parsed = new DOMParser().parseFromString('<body>' + html + '</body>', 'text/html').body;
        function copy(from, to) {
            Array.prototype.forEach.call(from.childNodes, function (node) {
                if (node.nodeType === 3) {
                    to.appendChild(document.createTextNode(node.nodeValue));
                } else if (node.nodeType === 1 && SAFE_TAGS[node.tagName]) {
                    var clean = document.createElement(node.tagName);
                    var href = node.tagName === 'A' ? node.getAttribute('href') || '' : '';
                    if (/^https?:\/\//i.test(href)) {
                        clean.setAttribute('href', href);
                        clean.setAttribute('rel', 'nofollow noopener noreferrer');
                        clean.setAttribute('target', '_blank');
                    }
                    copy(node, clean);
                    to.appendChild(clean);
                } else if (node.nodeType === 1) {
                    to.appendChild(document.createTextNode(node.textContent));
                }
            });
        }
        target.textContent = '';
        copy(parsed, target);
    }

    function saveTemplates(event) {
        event.preventDefault();
        var id = $('pk-template-id').value;
        var next = state.templates.filter(function (t) { return t.id !== id; });
        ['en', 'nl'].forEach(function (language) {
            var body = $('pk-template-' + language).value;
            if (body.trim() || language === 'en') { next.push({id: id, language: language, body: body}); }
        });
        state.templates = next;
        ['en', 'nl'].forEach(function (language) {
            var index = -1;
            next.forEach(function (t, i) { if (t.id === id && t.language === language) { index = i; } });
            $('pk-template-' + language).setAttribute('data-path', 'templates[' + index + '].body');
        });
        var section = $('pk-templates');
        clearErrors(section);
        call('PUT', '/templates?version=' + state.templatesVersion, {templates: next}).then(function (r) {
            outcome(r, section, $('pk-templates-errors'), function (data) { takeTemplates(data); loadRules(); });
            if (!r.ok) { loadTemplatesKeepingText(); }
        });
    }

    function loadTemplatesKeepingText() {
        // After a refused save, the stored set stays the reference; the typed text stays in the boxes.
        call('GET', '/templates').then(function (r) {
            if (r.ok) { state.templates = r.data.document.templates; state.templatesVersion = r.data.version; }
        });
    }

    // ---- settings ----

    function minutes(iso) {
        var m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(iso || '');
        return m ? (Number(m[1] || 0) * 60 + Number(m[2] || 0)) : '';
    }

    function loadSettings() {
        return call('GET', '/settings').then(function (r) {
            if (r.ok) { takeSettings(r.data); }
        });
    }

    function takeSettings(doc) {
        var s = doc.document;
        state.settingsVersion = doc.version;
        versionLine($('pk-settings-version'), doc);
        $('pk-quiet-start').value = s.quietHours.start;
        $('pk-quiet-end').value = s.quietHours.end;
        $('pk-cap-day').value = s.contactCap.perDay;
        $('pk-cap-week').value = s.contactCap.perWeek;
        $('pk-lead').value = minutes(s.minimumLead);
        $('pk-interval').value = s.jobIntervalMinutes;
        $('pk-default-mode').value = s.defaultMode;
        $('pk-notice-author').value = s.noticeAuthor || '';
        $('pk-sla-reader').value = s.slaReader || '';
        $('pk-forecast-target').value = s.forecastTarget === undefined ? '0.25' : String(s.forecastTarget);
        $('pk-zone').value = s.calendar.zone;
        DAYS.forEach(function (day) {
            var row = document.querySelector('.pk-day[data-day="' + day + '"]');
            var hours = s.calendar.workingHours[day];
            row.querySelector('.pk-day-on').checked = !!hours;
            row.querySelector('.pk-day-start').value = hours ? hours.start : '09:00';
            row.querySelector('.pk-day-end').value = hours ? hours.end : '17:00';
        });
        $('pk-holidays').value = s.calendar.holidays.join('\n');
    }

    function number(id) {
        var raw = $(id).value.trim();
        return raw === '' || isNaN(Number(raw)) ? raw : Number(raw);
    }

    function saveSettings(event) {
        event.preventDefault();
        var hours = {};
        DAYS.forEach(function (day) {
            var row = document.querySelector('.pk-day[data-day="' + day + '"]');
            if (row.querySelector('.pk-day-on').checked) {
                hours[day] = {start: row.querySelector('.pk-day-start').value, end: row.querySelector('.pk-day-end').value};
            }
        });
        var lead = number('pk-lead');
        var doc = {
            quietHours: {start: $('pk-quiet-start').value, end: $('pk-quiet-end').value},
            contactCap: {perDay: number('pk-cap-day'), perWeek: number('pk-cap-week')},
            minimumLead: typeof lead === 'number' ? 'PT' + lead + 'M' : String(lead),
            jobIntervalMinutes: number('pk-interval'),
            defaultMode: $('pk-default-mode').value,
            noticeAuthor: $('pk-notice-author').value.trim(),
            slaReader: $('pk-sla-reader').value.trim(),
            forecastTarget: number('pk-forecast-target'),
            calendar: {zone: $('pk-zone').value.trim(), workingHours: hours,
                holidays: $('pk-holidays').value.split(/\s+/).filter(function (d) { return d; })}
        };
        var section = $('pk-settings');
        clearErrors(section);
        call('PUT', '/settings?version=' + state.settingsVersion, doc).then(function (r) {
            outcome(r, section, $('pk-settings-errors'), takeSettings);
        });
    }

    // ---- delight gestures ----

    function loadDelight() {
        return call('GET', '/delight').then(function (r) {
            if (r.ok) { takeDelight(r.data); }
        });
    }

    function takeDelight(doc) {
        var d = doc.document;
        state.delightVersion = doc.version;
        versionLine($('pk-delight-version'), doc);
        $('pk-delight-currency').value = d.currency;
        $('pk-delight-per-customer').value = d.limits.perCustomerPerMonth;
        $('pk-delight-budget').value = d.limits.budgetPerProjectPerMonth;
        $('pk-delight-zone').value = d.limits.zone;
        $('pk-gesture-rows').textContent = '';
        if (!d.gestures.length) { $('pk-gesture-rows').appendChild(el('p', 'pk-no-gestures', text('nogestures'))); }
        d.gestures.forEach(addGesture);
        state.gestureIds = d.gestures.map(function (g) { return g.id; });
        var list = $('pk-gesture-ids');
        list.textContent = '';
        state.gestureIds.forEach(function (id) { var o = el('option'); o.value = id; list.appendChild(o); });
        setGesturePaths();
    }

    function addGesture(g) {
        var box = $('pk-gesture-template').content.firstElementChild.cloneNode(true);
        box.querySelector('.pk-gesture-id').value = g.id || '';
        box.querySelector('.pk-gesture-kind').value = g.kind || 'other';
        box.querySelector('.pk-gesture-cost').value = g.cost === undefined ? 0 : g.cost;
        Array.prototype.forEach.call(box.querySelectorAll('.pk-gesture-language'), function (part) {
            var t = (g.texts || {})[part.getAttribute('data-language')] || {};
            Array.prototype.forEach.call(part.querySelectorAll('[data-text]'), function (field) {
                field.value = t[field.getAttribute('data-text')] || '';
            });
        });
        var none = $('pk-gesture-rows').querySelector('.pk-no-gestures');
        if (none) { none.remove(); }
        var remove = box.querySelector('.pk-gesture-remove');
        remove.textContent = text('removegesture');
        remove.addEventListener('click', function () { box.remove(); setGesturePaths(); });
        $('pk-gesture-rows').appendChild(box);
        setGesturePaths();
    }

    /** Gives each gesture field the server's path (gestures[2].texts.nl.name) so errors land beside it. */
    function setGesturePaths() {
        Array.prototype.forEach.call($('pk-gesture-rows').querySelectorAll('.pk-gesture'), function (box, i) {
            var prefix = 'gestures[' + i + ']';
            box.setAttribute('data-path', prefix);
            Array.prototype.forEach.call(box.querySelectorAll('[data-field]'), function (field) {
                field.setAttribute('data-path', prefix + '.' + field.getAttribute('data-field'));
            });
            Array.prototype.forEach.call(box.querySelectorAll('.pk-gesture-language'), function (part) {
                var at = prefix + '.texts.' + part.getAttribute('data-language');
                part.setAttribute('data-path', at);
                Array.prototype.forEach.call(part.querySelectorAll('[data-text]'), function (field) {
                    field.setAttribute('data-path', at + '.' + field.getAttribute('data-text'));
                });
            });
        });
    }

    function delightFromForm() {
        var gestures = [];
        Array.prototype.forEach.call($('pk-gesture-rows').querySelectorAll('.pk-gesture'), function (box) {
            var cost = box.querySelector('.pk-gesture-cost').value.trim();
            var g = {id: box.querySelector('.pk-gesture-id').value.trim(), kind: box.querySelector('.pk-gesture-kind').value,
                cost: cost === '' || isNaN(Number(cost)) ? cost : Number(cost), texts: {}};
            Array.prototype.forEach.call(box.querySelectorAll('.pk-gesture-language'), function (part) {
                var t = {};
                var any = false;
                Array.prototype.forEach.call(part.querySelectorAll('[data-text]'), function (field) {
                    t[field.getAttribute('data-text')] = field.value;
                    any = any || field.value.trim() !== '';
                });
                // A language left wholly empty is left out; English falls in for it.
                if (any || part.getAttribute('data-language') === 'en') { g.texts[part.getAttribute('data-language')] = t; }
            });
            gestures.push(g);
        });
        return {currency: $('pk-delight-currency').value.trim(),
            limits: {perCustomerPerMonth: number('pk-delight-per-customer'),
                budgetPerProjectPerMonth: number('pk-delight-budget'), zone: $('pk-delight-zone').value.trim()},
            gestures: gestures};
    }

    function saveDelight(event) {
        event.preventDefault();
        var section = $('pk-delight');
        clearErrors(section);
        call('PUT', '/delight?version=' + state.delightVersion, delightFromForm()).then(function (r) {
            outcome(r, section, $('pk-delight-errors'), takeDelight);
        });
    }

    // ---- audit ----

    function loadAudit() {
        return call('GET', '/audit?limit=50').then(function (r) {
            var list = $('pk-audit-list');
            list.textContent = '';
            if (!r.ok) { return; }
            if (!r.data.entries.length) { list.appendChild(el('li', 'pk-no-audit', text('noaudit'))); }
            r.data.entries.forEach(function (e) {
                var item = el('li', 'pk-audit-entry');
                var details = el('details');
                details.appendChild(el('summary', 'pk-audit-summary', text('audit.entry', [e.whoName || e.who, e.what, e.at])));
                details.appendChild(el('h5', null, text('audit.before')));
                details.appendChild(el('pre', 'pk-audit-before', e.before || '\u2014'));
                details.appendChild(el('h5', null, text('audit.after')));
                details.appendChild(el('pre', 'pk-audit-after', e.after || ''));
                item.appendChild(details);
                list.appendChild(item);
            });
        });
    }

    // ---- start ----

    function start() {
        root = $('pk-admin');
        if (!root) { return; }
        rest = root.getAttribute('data-rest');
        try { texts = JSON.parse($('pk-admin-texts').textContent); } catch (ignored) { texts = {}; }

        $('pk-rule-new').addEventListener('click', function () { edit(-1); });
        $('pk-rule-trigger').addEventListener('change', syncParam);
        $('pk-action-add').addEventListener('click', function () {
            addAction({type: 'sendDelayNotice', template: defaultTemplate()});
        });
        $('pk-rule-form').addEventListener('submit', function (event) {
            event.preventDefault();
            saveRules(rulesWithForm(), $('pk-rules-errors'));
        });
        $('pk-dry-run').addEventListener('click', dryRun);
        $('pk-rules-export').addEventListener('click', function () {
            $('pk-rules-json').value = JSON.stringify({rules: state.rules}, null, 2);
            message('info', text('exported'));
        });
        $('pk-rules-import').addEventListener('click', function () {
            // Sent exactly as typed: the server reads it strictly and names every wrong path.
            var section = $('pk-rules');
            clearErrors(section);
            call('PUT', '/rules?version=' + state.rulesVersion, $('pk-rules-json').value).then(function (r) {
                outcome(r, section, $('pk-json-errors'), takeRules);
            });
        });
        $('pk-template-id').addEventListener('change', showTemplate);
        ['en', 'nl'].forEach(function (language) {
            $('pk-template-' + language).addEventListener('input', function () {
                clearTimeout(previewTimer);
                previewTimer = setTimeout(preview, 300);
            });
        });
        $('pk-template-form').addEventListener('submit', saveTemplates);
        $('pk-settings-form').addEventListener('submit', saveSettings);
        $('pk-delight-form').addEventListener('submit', saveDelight);
        $('pk-gesture-add').addEventListener('click', function () {
            addGesture({id: '', kind: 'other', cost: 0, texts: {}});
        });

        loadSchema().then(loadSettings).then(loadDelight).then(loadTemplates).then(loadRules).then(loadAudit).then(function () {
            root.setAttribute('data-ready', 'true');
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
