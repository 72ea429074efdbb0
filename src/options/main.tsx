import { render } from 'preact'
render(<h1>Rebound</h1>, document.getElementById('app')!)
