// GOV.UK Frontend styles its JavaScript-enhanced components only once the page says scripts run.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
