/* The insight page's one change: the lead groups (Jira administrators, across-projects page only). Saved through
   the insight REST API with the XSRF header; the answer is shown as text. */
(function () {
    'use strict';
    function ready(fn) {
        if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
    }
    ready(function () {
        var root = document.getElementById('pk-insight');
        var form = document.getElementById('pk-insight-settings-form');
        if (!root || !form) { return; }
        var message = document.getElementById('pk-insight-settings-message');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var groups = document.getElementById('pk-lead-groups').value.split(',')
                .map(function (g) { return g.trim(); }).filter(function (g) { return g.length > 0; });
            fetch(root.getAttribute('data-settings') + '?version=' + encodeURIComponent(form.getAttribute('data-version')), {
                method: 'PUT', credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'},
                body: JSON.stringify({leadGroups: groups})
            }).then(function (response) {
                return response.json().then(function (body) { return {status: response.status, body: body}; });
            }).then(function (result) {
                if (result.status === 200) {
                    form.setAttribute('data-version', String(result.body.version));
                    message.textContent = form.getAttribute('data-saved');
                } else {
                    message.textContent = (result.body.errors || []).map(function (e) {
                        return (e.field ? e.field + ': ' : '') + e.message;
                    }).join('; ') || String(result.status);
                }
            });
        });
    });
}());
