// Package chain holds what the INFT service needs to talk to the chain beyond
// the generated bindings: deploying and wiring the three contracts, and the
// contract addresses that name a deployment.
package chain
