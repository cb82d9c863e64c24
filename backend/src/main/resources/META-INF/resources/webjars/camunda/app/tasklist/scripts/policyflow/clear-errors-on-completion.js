// A failed completion leaves its error on screen (Tasklist's Notifications keep it while the task view lives);
// once a later completion succeeds the error no longer applies, so the engine's answer to a successful
// submit-form or complete clears the error notifications. Loaded through config.js customScripts, before Tasklist
// starts: it decorates camAPIHttpClient, the client Tasklist sends the engine API's requests with, in
// cam.tasklist.custom, the module Tasklist keeps for customisations.
const COMPLETION = /(^|\/)task\/[^/?]+\/(submit-form|complete)(\?|$)/;

window.angular.module('cam.tasklist.custom').decorator('camAPIHttpClient', ['$delegate', '$injector',
  (Client, $injector) => {
    const post = Client.prototype.post;
    Client.prototype.post = function postClearingErrorsOnCompletion(path, options) {
      if (COMPLETION.test(path)) {
        const done = options.done;
        options.done = (error, result) => {
          if (!error) {
            const notifications = $injector.get('Notifications');
            notifications.notifications
              .filter((notification) => notification.type === 'danger')
              .forEach((notification) => notifications.clear(notification));
          }
          if (typeof done === 'function') done(error, result);
        };
      }
      return post.call(this, path, options);
    };
    return Client;
  }]);

export default [];
