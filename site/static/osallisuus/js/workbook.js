/*
 * Workbook: keep the group's answers in this browser while they work.
 *
 * Progressive enhancement only: without this script the form posts to the server as before.
 * The answers are stored in localStorage under each question's id. The ids are the same in every
 * language, so the answers follow the reader to the Swedish or English page. Nothing is sent
 * anywhere. The messages come from data- attributes the template translates.
 */
(function () {
    "use strict";

    var STORAGE_KEY = "osallisuus:workbook:answers";
    var ANSWER_PREFIX = "answer-";
    var NOTES_PREFIX = "notes-";

    var form = document.querySelector("form[data-workbook]");
    if (!form) {
        return;
    }
    var status = form.querySelector("[data-workbook-status]");
    var storage = availableStorage();

    function availableStorage() {
        // Private modes and strict settings may forbid storage; then the form simply posts.
        try {
            var probe = STORAGE_KEY + ":probe";
            window.localStorage.setItem(probe, probe);
            window.localStorage.removeItem(probe);
            return window.localStorage;
        } catch (error) {
            return null;
        }
    }

    function announce(message) {
        if (!status || !message) {
            return;
        }
        // Clearing first makes screen readers announce the same message again.
        status.textContent = "";
        window.setTimeout(function () {
            status.textContent = message;
        }, 50);
    }

    function questionId(name) {
        if (name.indexOf(ANSWER_PREFIX) === 0) {
            return { id: name.slice(ANSWER_PREFIX.length), key: "answer" };
        }
        if (name.indexOf(NOTES_PREFIX) === 0) {
            return { id: name.slice(NOTES_PREFIX.length), key: "notes" };
        }
        return null;
    }

    function readSaved() {
        try {
            var saved = JSON.parse(storage.getItem(STORAGE_KEY) || "{}");
            return saved && typeof saved === "object" ? saved : {};
        } catch (error) {
            return {};
        }
    }

    /* The form's current answers, keyed by question id: {id: {answer: "no", notes: "…"}}. */
    function collectAnswers() {
        var answers = {};
        Array.prototype.forEach.call(form.elements, function (control) {
            var field = control.name && questionId(control.name);
            if (!field) {
                return;
            }
            var value = control.type === "radio" ? (control.checked ? control.value : "") : control.value;
            if (!value) {
                return;
            }
            answers[field.id] = answers[field.id] || {};
            answers[field.id][field.key] = value;
        });
        return answers;
    }

    function save() {
        // Keep answers to questions this page does not show (e.g. a question only in one language).
        var saved = readSaved();
        var shown = {};
        Array.prototype.forEach.call(form.elements, function (control) {
            var field = control.name && questionId(control.name);
            if (field) {
                shown[field.id] = true;
            }
        });
        Object.keys(shown).forEach(function (id) {
            delete saved[id];
        });
        var answers = collectAnswers();
        Object.keys(answers).forEach(function (id) {
            saved[id] = answers[id];
        });
        try {
            storage.setItem(STORAGE_KEY, JSON.stringify(saved));
        } catch (error) {
            // Storage full or revoked: the answers stay in the form and can still be sent.
        }
    }

    function restore(saved) {
        var restored = false;
        Array.prototype.forEach.call(form.elements, function (control) {
            var field = control.name && questionId(control.name);
            var answer = field && saved[field.id];
            if (!answer) {
                return;
            }
            if (control.type === "radio") {
                if (answer.answer === control.value && !control.checked) {
                    control.checked = true;
                    restored = true;
                }
            } else if (field.key === "notes" && answer.notes && control.value !== answer.notes) {
                control.value = answer.notes;
                restored = true;
            }
        });
        return restored;
    }

    function clearAnswers() {
        storage.removeItem(STORAGE_KEY);
        Array.prototype.forEach.call(form.elements, function (control) {
            var field = control.name && questionId(control.name);
            if (!field) {
                return;
            }
            if (control.type === "radio") {
                control.checked = false;
            } else {
                control.value = "";
            }
        });
        announce(form.dataset.clearedMessage);
    }

    function addButton(container, label, className, onClick) {
        if (!container || !label) {
            return null;
        }
        var button = document.createElement("button");
        button.type = "button";
        button.className = className;
        button.textContent = label;
        button.addEventListener("click", onClick);
        container.appendChild(button);
        return button;
    }

    function addPrintButton() {
        // The summary offers printing only where a script can open the print dialog.
        var slot = document.querySelector("[data-print-slot]");
        addButton(slot, form.dataset.printLabel, "button--secondary", function () {
            window.print();
        });
    }

    function start() {
        addPrintButton();
        if (!storage) {
            return;
        }
        if (form.hasAttribute("data-submitted")) {
            // The page shows what the server just read: that is now the latest state.
            save();
        } else if (restore(readSaved())) {
            announce(form.dataset.restoredMessage);
        }

        // A few hundred bytes per keystroke: cheap enough to save at once, so nothing is lost
        // when the reader leaves the page right after typing.
        form.addEventListener("input", save);
        form.addEventListener("change", save);

        var actions = form.querySelector(".workbook__actions");
        addButton(actions, form.dataset.clearLabel, "button--secondary", clearAnswers);
    }

    start();
})();
