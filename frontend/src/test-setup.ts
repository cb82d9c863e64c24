import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// lazy pages (the login page, the modeler, the forms) load their chunk on first render: on a busy 2-core CI machine
// that took more than findBy's default second, so a page that did appear failed its test
configure({ asyncUtilTimeout: 5000 });
