// Instrumentpanelen: hämtar siffrorna en gång och uppdateras sedan via server-sent events (ingen omladdning).
(function () {
  'use strict';

  var STEP_LABELS = {
    RECEIVED: 'Mottaget', REGISTERED: 'Registrerat', IN_PREPARATION: 'Beredning',
    IN_CONSULTATION: 'Samverkan', DECISION_PROPOSED: 'Förslag till beslut', DECIDED: 'Beslutat',
    CLOSED: 'Avslutat', VOIDED: 'Makulerat'
  };
  var TYPE_LABELS = {
    IN_HOUSE_MANUFACTURING: 'Egentillverkning', INTRODUCTION: 'Ordnat införande',
    MTP_COUNCIL_RECOMMENDATION: 'MTP-rådets rekommendation', INCIDENT_FOLLOW_UP: 'Negativ händelse/tillbud',
    GUIDELINE_REQUEST: 'Riktlinje', REGULATORY_WATCH: 'Omvärldsbevakning', PROCUREMENT_REVIEW: 'Upphandlingsgranskning',
    UNIT_QUESTION: 'Fråga från verksamhet', REPROCESSING: 'Upparbetning', ASSIGNMENT: 'Uppdrag', OTHER: 'Övrigt'
  };
  var STATUS_LABELS = { GREEN: 'Grön', YELLOW: 'Gul', RED: 'Röd' };
  var ASSIGNMENT_LABELS = {
    DRAFTED: 'Utkast', ISSUED: 'Utfärdat', ACCEPTED: 'Accepterat', DECLINED: 'Avböjt', IN_PROGRESS: 'Pågår',
    DELIVERED: 'Levererat', COMPLETED: 'Slutfört', CANCELLED: 'Återkallat'
  };

  var DEVICE_LABELS = {
    PROPOSED: 'Föreslagen', UNDER_DEVELOPMENT: 'Under utveckling', RELEASED: 'Frisläppt', IN_USE: 'I bruk',
    WITHDRAWN: 'Avvecklad'
  };

  var charts = {};
  var state = { loadedAt: Date.now(), updates: 0, data: null, charts: charts };
  window.mtpDashboard = state;

  function chart(id) {
    if (!charts[id]) {
      charts[id] = echarts.init(document.getElementById(id));
    }
    return charts[id];
  }

  function label(labels, key) {
    return labels[key] || key;
  }

  function bar(id, counts, labels) {
    var keys = Object.keys(counts || {});
    chart(id).setOption({
      tooltip: {},
      grid: { left: 40, right: 10, top: 10, bottom: 60 },
      xAxis: { type: 'category', data: keys.map(function (k) { return label(labels || {}, k); }),
               axisLabel: { interval: 0, rotate: keys.length > 4 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: keys.map(function (k) { return counts[k]; }), itemStyle: { color: '#00836f' } }]
    }, true);
  }

  function percentiles(id, summaries, labels) {
    var keys = Object.keys(summaries || {});
    chart(id).setOption({
      tooltip: {}, legend: { data: ['Median', '90:e percentil'] },
      grid: { left: 50, right: 10, top: 30, bottom: 60 },
      xAxis: { type: 'category', data: keys.map(function (k) { return label(labels || {}, k); }),
               axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value' },
      series: [
        { name: 'Median', type: 'bar', data: keys.map(function (k) { return summaries[k].median; }) },
        { name: '90:e percentil', type: 'bar', data: keys.map(function (k) { return summaries[k].p90; }) }
      ]
    }, true);
  }

  function groups(perGroup) {
    var groupIds = Object.keys(perGroup || {});
    var states = {};
    groupIds.forEach(function (g) { Object.keys(perGroup[g].byState || {}).forEach(function (s) { states[s] = true; }); });
    chart('chart-groups').setOption({
      tooltip: {}, legend: {}, grid: { left: 40, right: 10, top: 30, bottom: 40 },
      xAxis: { type: 'category', data: groupIds.map(function (g) { return perGroup[g].name || g; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: Object.keys(states).map(function (s) {
        return { name: label(ASSIGNMENT_LABELS, s), type: 'bar', stack: 'status',
                 data: groupIds.map(function (g) { return (perGroup[g].byState || {})[s] || 0; }) };
      })
    }, true);
  }

  function text(id, value) {
    document.getElementById(id).textContent = value === undefined || value === null ? '–' : value;
  }

  function render(data) {
    state.data = data;
    var p = data.pipeline, w = data.workingGroups, g = data.guidelines, i = data.incidents;
    var steps = {};
    Object.keys(STEP_LABELS).forEach(function (s) { steps[s] = (p.perStep || {})[s] || 0; });
    bar('chart-steps', steps, STEP_LABELS);
    bar('chart-case-types', p.perCaseType, TYPE_LABELS);
    bar('chart-months', p.receivedPerMonth);
    percentiles('chart-lead-time', p.leadTimeHoursPerStep, STEP_LABELS);
    percentiles('chart-turnaround', p.consultationTurnaroundDaysPerBody);
    text('past-due', p.pastConsultationDue.count);
    groups(w.perGroup);
    text('assignments-overdue', w.overdue.count);
    bar('chart-report-status', w.latestReportStatusCounts, STATUS_LABELS);
    text('guidelines-published', g.published);
    text('reviews-30', g.reviewsDueWithin['30']);
    text('reviews-60', g.reviewsDueWithin['60']);
    text('reviews-90', g.reviewsDueWithin['90']);
    text('reviews-overdue', g.reviewsOverdue);
    bar('chart-incidents', {
      'Totalt': i.total, 'Tillverkare': i.reportedToManufacturer,
      'Läkemedelsverket': i.reportedToMedicalProductsAgency, 'IVO': i.reportedToIvo
    });
    var d = data.inHouseDevices;
    bar('chart-devices', d.perStatus, DEVICE_LABELS);
    text('device-reviews-30', d.reviewsDueWithin['30']);
    text('device-reviews-60', d.reviewsDueWithin['60']);
    text('device-reviews-90', d.reviewsDueWithin['90']);
    text('device-reviews-overdue', d.reviewsOverdue);
    text('device-searches-overdue', d.marketSearchesOverdue);
    // Negative events per device (only devices named by an incident case).
    bar('chart-device-incidents', d.incidentsPerDevice);
  }

  /** The value a bar chart shows for a category (by its Swedish label), as read back from the chart itself. */
  state.chartValue = function (id, categoryLabel) {
    var option = chart(id).getOption();
    var index = option.xAxis[0].data.indexOf(categoryLabel);
    return index < 0 ? 0 : option.series[0].data[index];
  };
  state.typeLabel = function (type) { return label(TYPE_LABELS, type); };

  function connect() {
    var source = new EventSource('/api/reports/stream');
    source.addEventListener('open', function () { text('status', 'Live'); });
    source.addEventListener('dashboard', function (e) {
      state.updates++;
      render(JSON.parse(e.data));
    });
    source.addEventListener('error', function () { text('status', 'Återansluter …'); });
  }

  fetch('/api/reports/dashboard', { credentials: 'same-origin' })
    .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
    .then(function (data) { render(data); state.ready = true; connect(); })
    .catch(function (e) { text('status', 'Kunde inte hämta siffrorna: ' + e.message); });
  window.addEventListener('resize', function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); });
}());
