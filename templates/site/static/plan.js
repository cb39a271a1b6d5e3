/* agendapack plan page: shows only the rows of the chosen lead and status, and highlights rows
   whose end date falls after the chosen date. Rows carry data-lead, data-status and data-end
   (ISO: YYYY-MM-DD, or YYYY-MM when only a month is printed). */
(function () {
  "use strict";
  var lead = document.getElementById("f-lead");
  var status = document.getElementById("f-status");
  var date = document.getElementById("f-date");
  var note = document.getElementById("plan-status");
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.row"));
  if (!lead || !status || !date) { return; }

  function endOf(iso) {
    // a month-only date ends on the last day of its month: compare against the month's end
    return iso.length === 7 ? iso + "-31" : iso;
  }
  function apply() {
    var shown = 0, slipping = 0;
    rows.forEach(function (row) {
      var visible = (!lead.value || row.dataset.lead === lead.value) &&
                    (!status.value || row.dataset.status === status.value);
      row.hidden = !visible;
      var late = Boolean(date.value && row.dataset.end && endOf(row.dataset.end) > date.value);
      row.classList.toggle("slipping", late);
      if (late) { row.setAttribute("title", "Ends after " + date.value); } else { row.removeAttribute("title"); }
      if (visible) { shown += 1; if (late) { slipping += 1; } }
    });
    note.textContent = shown + " of " + rows.length + " rows shown" +
      (date.value ? "; " + slipping + " end after " + date.value + " (highlighted)." : ".");
    // group banners with no row left showing are hidden too
    document.querySelectorAll("tr.group").forEach(function (banner) {
      var next = banner.nextElementSibling, any = false;
      while (next && !next.classList.contains("group")) { if (!next.hidden) { any = true; } next = next.nextElementSibling; }
      banner.hidden = !any;
    });
  }
  [lead, status, date].forEach(function (el) { el.addEventListener("change", apply); el.addEventListener("input", apply); });
  apply();
})();
