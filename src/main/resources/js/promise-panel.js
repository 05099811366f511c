/*
 * The agent panel's actions. The server renders the panel (escaped); this script only sends the agent's
 * action as JSON and swaps in the panel the server renders afterwards. Error texts from the server are set
 * with textContent, never as markup.
 */
(function () {
    'use strict';

    var API = '/rest/promise-keeper/1.0';

    function contextPath() {
        return (window.AJS && typeof window.AJS.contextPath === 'function') ? window.AJS.contextPath() : '';
    }

    function panelOf(node) {
        return node && node.closest ? node.closest('#promise-keeper-panel') : null;
    }

    function send(method, path, body) {
        return fetch(contextPath() + API + path, {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            return response.text().then(function (text) {
                var data = null;
                try { data = text ? JSON.parse(text) : null; } catch (ignored) { data = null; }
                return {ok: response.ok, status: response.status, data: data};
            });
        });
    }

    function refresh(panel) {
        var key = panel.getAttribute('data-ticket');
        return fetch(contextPath() + API + '/tickets/' + encodeURIComponent(key) + '/panel', {
            credentials: 'same-origin', headers: {'Accept': 'text/html'}
        }).then(function (response) {
            if (!response.ok) { return null; }
            return response.text().then(function (html) {
                var holder = document.createElement('div');
                holder.innerHTML = html;
                var fresh = holder.querySelector('#promise-keeper-panel');
                if (fresh) { panel.replaceWith(fresh); }
                return fresh;
            });
        });
    }

    function clearErrors(form) {
        form.querySelectorAll('.pk-field-error').forEach(function (e) { e.remove(); });
        var box = form.querySelector('.pk-form-errors');
        if (box) { box.textContent = ''; }
    }

    function showErrors(panel, form, result) {
        var errors = (result.data && result.data.errors) || [];
        if (result.status === 409) {
            return refresh(panel).then(function (fresh) {
                var box = fresh && fresh.querySelector('.pk-panel-message');
                message(fresh || panel, panel.getAttribute('data-error-conflict'));
                return box;
            });
        }
        if (!form) {
            message(panel, errors.length ? errors.map(function (e) { return e.message; }).join(' ')
                : panel.getAttribute('data-error-generic'));
            return null;
        }
        clearErrors(form);
        var box = form.querySelector('.pk-form-errors');
        errors.forEach(function (error) {
            var input = error.field ? form.querySelector('[name="' + CSS.escape(error.field) + '"]') : null;
            var line = document.createElement('div');
            line.className = 'error pk-field-error';
            line.setAttribute('data-field', error.field || '');
            line.textContent = input ? error.message : ((error.field ? error.field + ': ' : '') + error.message);
            if (input && input.parentNode) {
                input.parentNode.appendChild(line);
            } else if (box) {
                box.appendChild(line);
            }
        });
        if (!errors.length && box) {
            box.textContent = panel.getAttribute('data-error-generic');
        }
        return null;
    }

    function message(panel, text) {
        var existing = panel.querySelector('.pk-panel-message');
        if (!existing) {
            existing = document.createElement('div');
            existing.className = 'aui-message aui-message-warning pk-panel-message';
            panel.insertBefore(existing, panel.firstChild);
        }
        existing.textContent = text;
    }

    function value(form, name) {
        var input = form.querySelector('[name="' + name + '"]');
        if (!input) { return null; }
        if (input.type === 'checkbox') { return input.checked; }
        return input.value === '' ? null : input.value;
    }

    function act(panel, form, method, path, body) {
        return send(method, path, body).then(function (result) {
            if (result.ok) { return refresh(panel); }
            return showErrors(panel, form, result);
        });
    }

    function promiseItem(node) {
        return node.closest('[data-promise-id]');
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('button[data-action]') : null;
        var panel = panelOf(button);
        if (!panel || button.type === 'submit') { return; }
        var action = button.getAttribute('data-action');
        var item = promiseItem(button);
        if (action === 'kept' || action === 'broken') {
            act(panel, null, 'POST', '/promises/' + item.getAttribute('data-promise-id') + '/' + action,
                {version: Number(item.getAttribute('data-version'))});
        } else if (action === 'show-renegotiate' || action === 'show-cancel') {
            item.querySelectorAll('form').forEach(function (f) { f.hidden = true; });
            var form = item.querySelector(action === 'show-renegotiate' ? '.pk-renegotiate-form' : '.pk-cancel-form');
            form.hidden = false;
            var first = form.querySelector('input');
            if (first) { first.focus(); }
        } else if (action === 'hide-form') {
            button.closest('form').hidden = true;
        } else if (action === 'show-gesture-dismiss' || action === 'show-gesture-snooze') {
            var gestureBox = button.closest('[data-gesture-id]');
            gestureBox.querySelectorAll('.pk-gesture-dismiss-form, .pk-gesture-snooze-form')
                .forEach(function (f) { f.hidden = true; });
            var shown = gestureBox.querySelector(action === 'show-gesture-dismiss'
                ? '.pk-gesture-dismiss-form' : '.pk-gesture-snooze-form');
            shown.hidden = false;
            shown.querySelector('select, input').focus();
        } else if (action === 'dismiss-prompt') {
            var prompt = button.closest('[data-prompt-id]');
            act(panel, button.closest('form'), 'POST', '/prompts/' + prompt.getAttribute('data-prompt-id') + '/dismiss', {});
        } else if (action === 'prompt-renegotiate') {
            // The promise's own renegotiation form: a new time may make the notice unnecessary.
            var ref = button.closest('[data-promise-ref]').getAttribute('data-promise-ref');
            var target = panel.querySelector('[data-promise-id="' + CSS.escape(ref) + '"]');
            if (target) {
                target.querySelectorAll('form').forEach(function (f) { f.hidden = true; });
                var renegotiate = target.querySelector('.pk-renegotiate-form');
                renegotiate.hidden = false;
                renegotiate.scrollIntoView({block: 'nearest'});
                var firstInput = renegotiate.querySelector('input');
                if (firstInput) { firstInput.focus(); }
            }
        } else if (action === 'dismiss') {
            var suggestion = button.closest('[data-suggestion-id]');
            act(panel, null, 'POST', '/suggestions/' + suggestion.getAttribute('data-suggestion-id') + '/dismiss', {});
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target;
        var panel = panelOf(form);
        if (!panel) { return; }
        event.preventDefault();
        clearErrors(form);
        var key = panel.getAttribute('data-ticket');
        var item = promiseItem(form);
        if (form.classList.contains('pk-log-form')) {
            act(panel, form, 'POST', '/tickets/' + encodeURIComponent(key) + '/promises', {
                text: value(form, 'text'), kind: value(form, 'kind'), due: value(form, 'due'),
                channel: value(form, 'channel')
            });
        } else if (form.classList.contains('pk-accept-form')) {
            act(panel, form, 'POST', '/suggestions/' + form.getAttribute('data-suggestion-id') + '/accept', {
                text: value(form, 'text'), due: value(form, 'due')
            });
        } else if (form.closest('[data-gesture-id]')) {
            var gesture = form.closest('[data-gesture-id]');
            var base = '/gestures/' + gesture.getAttribute('data-gesture-id') + '/';
            var version = Number(gesture.getAttribute('data-version'));
            if (form.classList.contains('pk-gesture-done-form')) {
                act(panel, form, 'POST', base + 'done', {version: version, note: value(form, 'note')});
            } else if (form.classList.contains('pk-gesture-dismiss-form')) {
                act(panel, form, 'POST', base + 'dismiss', {version: version, reason: value(form, 'reason'),
                    note: value(form, 'note')});
            } else if (form.classList.contains('pk-gesture-snooze-form')) {
                act(panel, form, 'POST', base + 'snooze', {version: version, until: value(form, 'until')});
            }
        } else if (form.classList.contains('pk-prompt-form')) {
            form.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
            act(panel, form, 'POST', '/prompts/' + form.getAttribute('data-prompt-id') + '/send', {
                // The raw text, even when empty: an emptied draft must be refused, never replaced by the original.
                body: form.querySelector('[name="body"]').value
            }).then(function () {
                // Still on the page means refused: let the agent correct the text and try again.
                form.querySelectorAll('button').forEach(function (b) { b.disabled = false; });
            });
        } else if (form.classList.contains('pk-renegotiate-form')) {
            act(panel, form, 'POST', '/promises/' + item.getAttribute('data-promise-id') + '/renegotiate', {
                version: Number(item.getAttribute('data-version')), due: value(form, 'due'),
                text: value(form, 'text'), reason: value(form, 'reason'),
                customerAgreed: value(form, 'customerAgreed')
            });
        } else if (form.classList.contains('pk-cancel-form')) {
            act(panel, form, 'POST', '/promises/' + item.getAttribute('data-promise-id') + '/cancel', {
                version: Number(item.getAttribute('data-version')), reason: value(form, 'reason')
            });
        }
    });
}());
