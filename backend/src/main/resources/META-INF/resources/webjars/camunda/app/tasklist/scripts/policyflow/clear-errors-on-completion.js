// A failed completion leaves its error on screen (Tasklist's Notifications keep it while the task view lives);
// once a later completion succeeds the error no longer applies, so the engine's answer to a successful
// submit-form or complete clears the error notifications. Loaded through config.js customScripts, before Tasklist
// starts: it adds an $http interceptor to cam.tasklist.custom, the module Tasklist keeps for customisations.
const COMPLETION = /\/task\/[^/?]+\/(submit-form|complete)(\?|$)/;

window.angular.module('cam.tasklist.custom').config(['$httpProvider', ($httpProvider) => {
  $httpProvider.interceptors.push(['$injector', ($injector) => ({
    response(response) {
      if (response.config.method === 'POST' && COMPLETION.test(response.config.url)) {
        const notifications = $injector.get('Notifications');
        notifications.notifications
          .filter((notification) => notification.type === 'danger')
          .forEach((notification) => notifications.clear(notification));
      }
      return response;
    }
  })]);
}]);

export default [];
